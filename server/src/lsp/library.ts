// The values the server uses from the LSP library, imported from it here and nowhere else. The library is CommonJS, and
// esbuild turns each file's `import { … } from` a CommonJS module into a copy of its whole exports object (a getter, a
// closure and a context for each of its 307 names): imported by every handler, that was 14 copies at every start, the
// one function of the start hot enough for V8's optimizing compiler, and 0.5 MB of heap. Types are imported from the
// library directly (`import type`), which bundles to nothing.
export {
  CodeAction,
  CodeActionKind,
  CodeLensRefreshRequest,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  FileChangeType,
  InsertTextFormat,
  MarkupKind,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
} from 'vscode-languageserver/node';
