import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorResponses, IdParams } from "../../shared/schemas/common.js";
import {
  Comment,
  CommentPage,
  CommentsQuery,
  CreateCommentBody,
  CreatePostBody,
  FeedPage,
  FeedQuery,
  FollowStatus,
  FollowTarget,
  MentionQuery,
  MentionSuggestions,
  ModeratePostBody,
  PinPostBody,
  Post,
  ReactBody,
  ReactionSummary,
  ReactionsQuery,
  ShareCorrespondenceBody,
} from "../../shared/schemas/feed.js";
import type { Database } from "../db/database.js";
import { actorOf, requireAuth } from "../http/authenticate.js";
import { createComment, getComment, listComments, moderateComment } from "./comment.service.js";
import { follow, followStatus, unfollow } from "./follow.service.js";
import { suggestMentions } from "./mention.service.js";
import { createPost, getPost, listFeed, moderatePost, pinPost } from "./post.service.js";
import { getReactions, react } from "./reaction.service.js";
import { shareCorrespondence } from "./share.service.js";

const tags = ["feed"];

/** The feed: posts, comments, reactions, shares of correspondence, follows and mentions. */
export const feedRoutes: FastifyPluginAsyncZod<{ database: Database }> = async (
  app,
  { database: { db } },
) => {
  app.get(
    "/api/feed",
    {
      schema: {
        operationId: "listFeed",
        tags,
        summary:
          "Personal feed (followed people, communities, tags and one's communities) or a community's feed",
        querystring: FeedQuery,
        response: { 200: FeedPage, ...ErrorResponses },
      },
    },
    async (request) => listFeed(db, requireAuth(request).subject, request.query),
  );

  app.post(
    "/api/feed/posts",
    {
      schema: {
        operationId: "createPost",
        tags,
        summary: "Publish a post in a community",
        body: CreatePostBody,
        response: { 201: Post, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const id = await createPost(db, subject, actorOf(request), request.body);
      return reply.code(201).send(await getPost(db, subject, id));
    },
  );

  app.get(
    "/api/feed/posts/:id",
    {
      schema: {
        operationId: "getPost",
        tags,
        summary: "One post",
        params: IdParams,
        response: { 200: Post, ...ErrorResponses },
      },
    },
    async (request) => getPost(db, requireAuth(request).subject, request.params.id),
  );

  app.post(
    "/api/feed/posts/:id/pin",
    {
      schema: {
        operationId: "pinPost",
        tags,
        summary: "Pin or unpin a post in its community's feed (managers)",
        params: IdParams,
        body: PinPostBody,
        response: { 200: Post, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      await pinPost(db, subject, actorOf(request), request.params.id, request.body.pinned);
      return getPost(db, subject, request.params.id);
    },
  );

  app.post(
    "/api/feed/posts/:id/moderate",
    {
      schema: {
        operationId: "moderatePost",
        tags,
        summary: "Hide a post with a reason, or show it again (managers)",
        params: IdParams,
        body: ModeratePostBody,
        response: { 200: Post, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      await moderatePost(db, subject, actorOf(request), request.params.id, request.body);
      return getPost(db, subject, request.params.id);
    },
  );

  app.get(
    "/api/feed/posts/:id/comments",
    {
      schema: {
        operationId: "listComments",
        tags,
        summary: "A post's comments, oldest first, each with its replies",
        params: IdParams,
        querystring: CommentsQuery,
        response: { 200: CommentPage, ...ErrorResponses },
      },
    },
    async (request) =>
      listComments(db, requireAuth(request).subject, request.params.id, request.query),
  );

  app.post(
    "/api/feed/posts/:id/comments",
    {
      schema: {
        operationId: "createComment",
        tags,
        summary: "Comment on a post, or reply to a comment (threads are one level deep)",
        params: IdParams,
        body: CreateCommentBody,
        response: { 201: Comment, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const id = await createComment(
        db,
        subject,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.code(201).send(await getComment(db, subject, id));
    },
  );

  app.post(
    "/api/feed/comments/:id/moderate",
    {
      schema: {
        operationId: "moderateComment",
        tags,
        summary: "Hide a comment with a reason, or show it again (managers)",
        params: IdParams,
        body: ModeratePostBody,
        response: { 200: Comment, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      await moderateComment(db, subject, actorOf(request), request.params.id, request.body);
      return getComment(db, subject, request.params.id);
    },
  );

  app.post(
    "/api/feed/reactions",
    {
      schema: {
        operationId: "react",
        tags,
        summary:
          "Set or remove a reaction (j'aime, utile, pas utile) on a post, comment or correspondence",
        body: ReactBody,
        response: { 200: ReactionSummary, ...ErrorResponses },
      },
    },
    async (request) => {
      const { subject } = requireAuth(request);
      return react(db, subject, actorOf(request), request.body);
    },
  );

  app.get(
    "/api/feed/reactions",
    {
      schema: {
        operationId: "getReactions",
        tags,
        summary: "Reaction counts and one's own reactions on a post, comment or correspondence",
        querystring: ReactionsQuery,
        response: { 200: ReactionSummary, ...ErrorResponses },
      },
    },
    async (request) =>
      getReactions(
        db,
        requireAuth(request).subject,
        request.query.targetType,
        request.query.targetId,
      ),
  );

  app.post(
    "/api/feed/shares",
    {
      schema: {
        operationId: "shareCorrespondence",
        tags,
        summary:
          "Share a dispatched correspondence into a community where every member may read it",
        body: ShareCorrespondenceBody,
        response: { 201: Post, ...ErrorResponses },
      },
    },
    async (request, reply) => {
      const { subject } = requireAuth(request);
      const id = await shareCorrespondence(db, subject, actorOf(request), request.body);
      return reply.code(201).send(await getPost(db, subject, id));
    },
  );

  app.post(
    "/api/feed/follows",
    {
      schema: {
        operationId: "follow",
        tags,
        summary: "Follow a person, a community or a tag",
        body: FollowTarget,
        response: { 200: FollowStatus, ...ErrorResponses },
      },
    },
    async (request) => follow(db, requireAuth(request).subject, actorOf(request), request.body),
  );

  app.get(
    "/api/feed/follows",
    {
      schema: {
        operationId: "getFollowStatus",
        tags,
        summary: "Whether one follows a person, a community or a tag",
        querystring: FollowTarget,
        response: { 200: FollowStatus, ...ErrorResponses },
      },
    },
    async (request) => followStatus(db, requireAuth(request).subject, request.query),
  );

  app.delete(
    "/api/feed/follows",
    {
      schema: {
        operationId: "unfollow",
        tags,
        summary: "Stop following a person, a community or a tag",
        querystring: FollowTarget,
        response: { 200: FollowStatus, ...ErrorResponses },
      },
    },
    async (request) => unfollow(db, requireAuth(request).subject, actorOf(request), request.query),
  );

  app.get(
    "/api/feed/mention-suggestions",
    {
      schema: {
        operationId: "suggestMentions",
        tags,
        summary: "People and communities one may mention, matching a typed text",
        querystring: MentionQuery,
        response: { 200: MentionSuggestions, ...ErrorResponses },
      },
    },
    async (request) => suggestMentions(db, requireAuth(request).subject, request.query.q),
  );
};
