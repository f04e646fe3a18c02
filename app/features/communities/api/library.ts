import type {
  CommunityFile,
  CommunityFileList,
  CommunityFileVersionList,
  CommunityFolder,
  CreateFolderBody,
  FilePreview,
} from "@shared/schemas/communities";
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { apiFetch } from "../../../api/client";
import { communitiesQueryKey } from "./community-cache";

/*
 * The document library of a community, one fetcher per endpoint. Every query key starts with
 * the library's, so one invalidation refreshes folders, files and versions after a change.
 */

const PAGE_SIZE = 50;
const libraryKey = (id: string) => [...communitiesQueryKey, "library", id] as const;
const filesPath = (id: string) => `/api/communities/${encodeURIComponent(id)}/files`;
const filePath = (id: string, fileId: string) => `${filesPath(id)}/${encodeURIComponent(fileId)}`;

/** Where a file's bytes are downloaded (a version, or the current one). */
export const downloadUrl = (id: string, fileId: string, version?: number) =>
  `${filePath(id, fileId)}/download${version === undefined ? "" : `?version=${version}`}`;
/** Where a raster image is shown inline. */
export const inlineImageUrl = (id: string, fileId: string) => `${filePath(id, fileId)}/inline`;

/** GET /api/communities/:id/files — a folder, its sub-folders and a page of its files. */
export function listFiles(
  id: string,
  folderId: string | null,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<CommunityFileList> {
  return apiFetch<CommunityFileList>(filesPath(id), {
    query: { folderId: folderId ?? undefined, cursor, limit: PAGE_SIZE },
    signal,
  });
}

/** A folder of the library, page after page. */
export function useFiles(id: string, folderId: string | null) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...libraryKey(id), "folder", folderId] as const,
      queryFn: ({ pageParam, signal }) => listFiles(id, folderId, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}

function useRefreshLibrary(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: libraryKey(id) });
}

/** POST /api/communities/:id/folders — creates a folder. */
export function createFolder(id: string, body: CreateFolderBody): Promise<CommunityFolder> {
  return apiFetch<CommunityFolder>(`/api/communities/${encodeURIComponent(id)}/folders`, {
    method: "POST",
    body,
  });
}

export function useCreateFolder(id: string) {
  const refresh = useRefreshLibrary(id);
  return useMutation({
    mutationFn: (body: CreateFolderBody) => createFolder(id, body),
    onSuccess: refresh,
  });
}

/**
 * POST /api/communities/:id/files — uploads one file (multipart field "file") into a folder, or
 * as the next version of `fileId`.
 */
export function uploadFile(
  id: string,
  target: { folderId?: string | null; fileId?: string },
  file: File,
): Promise<CommunityFile> {
  const body = new FormData();
  body.append("file", file);
  return apiFetch<CommunityFile>(filesPath(id), {
    method: "POST",
    query: { folderId: target.folderId ?? undefined, fileId: target.fileId },
    body,
  });
}

export function useUploadFile(id: string) {
  const refresh = useRefreshLibrary(id);
  return useMutation({
    mutationFn: ({ file, ...target }: { file: File; folderId?: string | null; fileId?: string }) =>
      uploadFile(id, target, file),
    onSuccess: refresh,
  });
}

/** POST …/checkout and …/checkin — takes or releases (or, for managers, breaks) the lock. */
export function changeLock(id: string, fileId: string, action: "checkout" | "checkin") {
  return apiFetch<CommunityFile>(`${filePath(id, fileId)}/${action}`, { method: "POST" });
}

export function useChangeLock(id: string) {
  const refresh = useRefreshLibrary(id);
  return useMutation({
    mutationFn: ({ fileId, action }: { fileId: string; action: "checkout" | "checkin" }) =>
      changeLock(id, fileId, action),
    onSuccess: refresh,
  });
}

/** GET …/versions — who uploaded which version, and when. */
export function useFileVersions(id: string, fileId: string) {
  return useQuery({
    queryKey: [...libraryKey(id), "versions", fileId] as const,
    queryFn: ({ signal }) =>
      apiFetch<CommunityFileVersionList>(`${filePath(id, fileId)}/versions`, { signal }),
  });
}

/** GET …/preview — text (shown escaped), an image, or nothing to preview. */
export function useFilePreview(id: string, fileId: string, version: number) {
  return useQuery({
    queryKey: [...libraryKey(id), "preview", fileId, version] as const,
    queryFn: ({ signal }) => apiFetch<FilePreview>(`${filePath(id, fileId)}/preview`, { signal }),
  });
}
