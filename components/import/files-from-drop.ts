// A dropped folder arrives as a directory entry, not as its files: walk it (recursively) and name
// each file by its path inside the drop, as the folder picker does.
function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function readFile(entry: FileSystemFileEntry, path: string): Promise<File> {
  return new Promise((resolve, reject) => entry.file((file) => resolve(new File([file], path, { type: file.type })), reject));
}

async function walk(entry: FileSystemEntry, prefix: string, files: File[]): Promise<void> {
  if (entry.isFile) {
    files.push(await readFile(entry as FileSystemFileEntry, `${prefix}${entry.name}`));
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches until it returns none.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, `${prefix}${entry.name}/`, files);
  }
}

/** Call synchronously in the drop handler: the entries are only valid during the event. */
export function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items)
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (entries.length === 0) return Promise.resolve(Array.from(transfer.files));
  return (async () => {
    const files: File[] = [];
    for (const entry of entries) await walk(entry, "", files);
    return files;
  })();
}
