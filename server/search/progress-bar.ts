/** A one-line progress bar for operator commands, redrawn in place on a terminal. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const width = 30;
  const started = Date.now();
  let lastDrawn = -1;
  return (done: number, total: number) => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const percent = Math.floor(ratio * 100);
    // A pipe or a log file gets a line every 10%, a terminal every change.
    if (!stream.isTTY && percent < lastDrawn + 10 && done < total) return;
    lastDrawn = percent;
    const filled = Math.round(ratio * width);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const line = `${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} (${percent}%) ${seconds}s`;
    stream.write(stream.isTTY ? `\r${line}` : `${line}\n`);
    if (stream.isTTY && done >= total) stream.write("\n");
  };
}
