import * as vscode from 'vscode';
import type { SidecarFileSystem } from '../core/annotationStore';

/** The annotation store's file system over `vscode.workspace.fs`; paths are URI strings. */
export function workspaceSidecarFileSystem(): SidecarFileSystem {
  const fs = vscode.workspace.fs;
  return {
    readFile: async (path) => fs.readFile(vscode.Uri.parse(path)),
    writeFile: async (path, data) => fs.writeFile(vscode.Uri.parse(path), data),
    rename: async (from, to) => fs.rename(vscode.Uri.parse(from), vscode.Uri.parse(to), { overwrite: true }),
    delete: async (path) => fs.delete(vscode.Uri.parse(path), { useTrash: false }),
    stat: async (path) => {
      try {
        const stat = await fs.stat(vscode.Uri.parse(path));
        return stat.type & vscode.FileType.File ? { size: stat.size } : undefined;
      } catch (error) {
        if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
        throw error;
      }
    },
  };
}
