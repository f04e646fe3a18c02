import type { Readable } from "node:stream";
import ZipStream from "zip-stream";

/*
 * The ZIP a transfer package is streamed into: entries written one after the other by
 * zip-stream (the archiver project's streaming writer; ZIP64 past 65,535 entries), each taken
 * from its source only when its turn comes, so a package holds at most the batch being written.
 * yazl, used before, looked for the next entry to write from the first one each time: building
 * a 100,000-record package (~210,000 entries) was quadratic.
 */

type Source = Buffer | (() => Readable);

export class PackageZip {
  private readonly zip = new ZipStream({ zlib: { level: 6 } });
  private written: Promise<void> = Promise.resolve();
  private failed: Error | null = null;

  constructor() {
    // A failing entry is reported by its `add` and by `end`; the stream's own error event
    // must not go unheard (it would end the process).
    this.zip.on("error", (error: Error) => {
      this.failed ??= error;
    });
  }

  /** The ZIP's bytes, to pipe to a response or a file. */
  get outputStream(): Readable {
    return this.zip;
  }

  /**
   * Queues an entry; resolves once it is written into the ZIP (the consumer's pace: the ZIP
   * is a stream with back-pressure). A source given as a function is opened at that moment.
   */
  add(name: string, source: Source): Promise<void> {
    const turn = this.written.then(
      () =>
        new Promise<void>((resolve, reject) => {
          if (this.failed) return reject(this.failed);
          const data = typeof source === "function" ? source() : source;
          this.zip.entry(data, { name }, (error: Error | null) => {
            if (error) {
              this.failed = error;
              reject(error);
            } else resolve();
          });
        }),
    );
    // The queue goes on from this entry whether it succeeded or not (a failure is kept).
    this.written = turn.catch(() => {});
    return turn;
  }

  /** Writes the central directory once every queued entry is in; rejects if one failed. */
  async end(): Promise<void> {
    await this.written;
    if (this.failed) throw this.failed;
    this.zip.finalize();
  }
}
