import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { TImportFile } from "./import-reports";

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return Promise.resolve(entry.isFile() && entry.name.toLowerCase().endsWith(".txt") ? [full] : []);
    }),
  );
  return nested.flat().sort();
}

// Paths as given on the command line: files, or folders searched recursively for .txt files.
// A path that cannot be used becomes a file with an error, so the batch records why.
export async function collectImportFiles(paths: string[], { maxBytes }: { maxBytes: number }): Promise<TImportFile[]> {
  const files: TImportFile[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (!info) {
      files.push({ name: given, error: "no such file or folder" });
    } else if (info.isDirectory()) {
      const found = await walk(given);
      if (found.length === 0) files.push({ name: given, error: "folder contains no .txt files" });
      for (const file of found) files.push(await readImportFile(file, maxBytes));
    } else {
      files.push(await readImportFile(given, maxBytes));
    }
  }
  return files;
}

async function readImportFile(file: string, maxBytes: number): Promise<TImportFile> {
  // Never read a huge file into memory just to reject it.
  const { size } = await stat(file);
  if (size > maxBytes) {
    return { name: file, error: `file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit; split it into smaller files` };
  }
  return { name: file, bytes: await readFile(file) };
}
