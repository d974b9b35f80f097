// A minimal stand-in for the `vscode` module, enough to load the extension in plain Node
// and see when it publishes its first diagnostics. Only for the bench's activation row:
// the real behaviour is tested inside VS Code. Whatever is not modelled here is a no-op
// stub, so an API the extension starts using later does not break the bench.
'use strict';

const path = require('node:path');

/** A callable, constructible no-op whose properties are more of the same. */
function stub(name) {
  return new Proxy(function () {}, {
    get(_target, prop) {
      if (prop === 'then') return undefined; // not a promise, so `await stub` resolves at once
      if (prop === Symbol.toPrimitive || prop === 'toString') return () => `[stub ${name}]`;
      if (prop === 'dispose') return () => {};
      if (typeof prop === 'string' && /^on(Did|Will)[A-Z]/.test(prop)) return () => new Disposable(() => {});
      return stub(`${name}.${String(prop)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

/** Namespace object: the modelled members, a stub for the rest. */
function namespace(name, members) {
  return new Proxy(members, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (typeof prop === 'symbol') return undefined;
      return stub(`${name}.${prop}`);
    },
  });
}

class Disposable {
  constructor(callOnDispose) {
    this.callOnDispose = callOnDispose;
  }
  static from(...items) {
    return new Disposable(() => items.forEach((item) => item && item.dispose && item.dispose()));
  }
  dispose() {
    if (this.callOnDispose) this.callOnDispose();
    this.callOnDispose = undefined;
  }
}

class EventEmitter {
  constructor() {
    this.listeners = new Set();
    this.event = (listener, thisArg, disposables) => {
      const bound = thisArg ? listener.bind(thisArg) : listener;
      this.listeners.add(bound);
      const disposable = new Disposable(() => this.listeners.delete(bound));
      if (Array.isArray(disposables)) disposables.push(disposable);
      return disposable;
    };
  }
  fire(value) {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose() {
    this.listeners.clear();
  }
}

class Position {
  constructor(line, character) {
    this.line = line;
    this.character = character;
  }
  isBefore(other) {
    return this.line < other.line || (this.line === other.line && this.character < other.character);
  }
  isEqual(other) {
    return this.line === other.line && this.character === other.character;
  }
  translate(lineDelta = 0, characterDelta = 0) {
    return new Position(this.line + lineDelta, this.character + characterDelta);
  }
  with(line = this.line, character = this.character) {
    return new Position(line, character);
  }
}

class Range {
  constructor(a, b, c, d) {
    if (typeof a === 'number') [a, b] = [new Position(a, b), new Position(c, d)];
    this.start = a;
    this.end = b;
  }
  get isEmpty() {
    return this.start.isEqual(this.end);
  }
  contains(other) {
    const start = other instanceof Range ? other.start : other;
    const end = other instanceof Range ? other.end : other;
    return !start.isBefore(this.start) && !this.end.isBefore(end);
  }
  intersection(other) {
    return this.contains(other.start) || other.contains(this.start) ? this : undefined;
  }
  with(start = this.start, end = this.end) {
    return new Range(start, end);
  }
}

class Selection extends Range {
  constructor(anchor, active, c, d) {
    super(anchor, active, c, d);
    this.anchor = this.start;
    this.active = this.end;
  }
}

class Uri {
  constructor(scheme, authority, uriPath, query = '', fragment = '') {
    Object.assign(this, { scheme, authority, path: uriPath, query, fragment });
  }
  static file(fsPath) {
    return new Uri('file', '', fsPath);
  }
  static parse(value) {
    const match = /^([a-z][\w+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(value);
    return match ? new Uri(match[1], match[2] || '', match[3] || '', match[4] || '', match[5] || '') : Uri.file(value);
  }
  static joinPath(base, ...segments) {
    return base.with({ path: path.posix.join(base.path || '/', ...segments) });
  }
  get fsPath() {
    return this.path;
  }
  with(change) {
    return new Uri(change.scheme ?? this.scheme, change.authority ?? this.authority, change.path ?? this.path, change.query ?? this.query, change.fragment ?? this.fragment);
  }
  toString() {
    return `${this.scheme}:${this.scheme === 'file' ? '//' : ''}${this.authority}${this.path}${this.query ? `?${this.query}` : ''}`;
  }
  toJSON() {
    return { scheme: this.scheme, path: this.path };
  }
}

class Diagnostic {
  constructor(range, message, severity = 0) {
    Object.assign(this, { range, message, severity });
  }
}

class CodeActionKind {
  constructor(value) {
    this.value = value;
  }
  append(part) {
    return new CodeActionKind(`${this.value}.${part}`);
  }
  contains(other) {
    return other.value === this.value || other.value.startsWith(`${this.value}.`);
  }
  intersects(other) {
    return this.contains(other) || other.contains(this);
  }
}
for (const [key, value] of Object.entries({ Empty: '', QuickFix: 'quickfix', Refactor: 'refactor', Source: 'source', SourceFixAll: 'source.fixAll' })) {
  CodeActionKind[key] = new CodeActionKind(value);
}

class WorkspaceEdit {
  constructor() {
    this.edits = [];
  }
  replace(uri, range, newText) {
    this.edits.push({ uri, range, newText });
  }
  insert(uri, position, newText) {
    this.edits.push({ uri, range: new Range(position, position), newText });
  }
  delete(uri, range) {
    this.edits.push({ uri, range, newText: '' });
  }
  set(uri, edits) {
    this.edits.push(...edits.map((edit) => ({ uri, ...edit })));
  }
}

/** A plain data holder for classes the extension only builds and hands to VS Code. */
function dataClass(name, fields) {
  return {
    [name]: class {
      constructor(...args) {
        fields.forEach((field, i) => (this[field] = args[i]));
      }
    },
  }[name];
}

/** Glob as VS Code reads it (`**`, `*`, `?`, `{a,b}`), matched against the whole path. */
function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '{') source += '(?:';
    else if (char === '}') source += ')';
    else if (char === ',') source += '|';
    else source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function selectorMatches(selector, document) {
  if (Array.isArray(selector)) return selector.some((item) => selectorMatches(item, document));
  if (typeof selector === 'string') return selector === '*' || selector === document.languageId;
  if (!selector || typeof selector !== 'object') return false;
  if (selector.language && selector.language !== '*' && selector.language !== document.languageId) return false;
  if (selector.scheme && selector.scheme !== '*' && selector.scheme !== document.uri.scheme) return false;
  if (selector.pattern) {
    const pattern = typeof selector.pattern === 'string' ? selector.pattern : `${selector.pattern.base}/${selector.pattern.pattern}`;
    if (!globToRegExp(pattern).test(document.uri.path)) return false;
  }
  return true;
}

/** A read-only text document over a string, with VS Code's offset/position mapping. */
function createDocument({ text, uri, languageId }) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') lineStarts.push(i + 1);
  }
  const positionAt = (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return new Position(low, clamped - lineStarts[low]);
  };
  const offsetAt = (position) => Math.min(text.length, (lineStarts[position.line] ?? text.length) + position.character);
  const lineText = (line) => text.slice(lineStarts[line], line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length).replace(/\r?\n$|\r$/, '');
  return {
    uri,
    fileName: uri.fsPath,
    isUntitled: uri.scheme === 'untitled',
    languageId,
    version: 1,
    isDirty: false,
    isClosed: false,
    eol: 1,
    get lineCount() {
      return lineStarts.length;
    },
    getText: (range) => (range ? text.slice(offsetAt(range.start), offsetAt(range.end)) : text),
    positionAt,
    offsetAt,
    lineAt: (lineOrPosition) => {
      const line = typeof lineOrPosition === 'number' ? lineOrPosition : lineOrPosition.line;
      const value = lineText(line);
      const range = new Range(line, 0, line, value.length);
      return { lineNumber: line, text: value, range, rangeIncludingLineBreak: range, firstNonWhitespaceCharacterIndex: value.search(/\S|$/), isEmptyOrWhitespace: !value.trim() };
    },
    getWordRangeAtPosition: () => undefined,
    validateRange: (range) => range,
    validatePosition: (position) => position,
    save: async () => true,
  };
}

/**
 * Builds the module. `onDiagnostics(uri, diagnostics)` is called whenever the extension
 * sets diagnostics on any collection; `document` is the one open editor.
 */
function createFakeVscode({ document, onDiagnostics }) {
  const events = new Map();
  const event = (name) => {
    if (!events.has(name)) events.set(name, new EventEmitter());
    return events.get(name).event;
  };
  const editor = { document, selection: new Selection(new Position(0, 0), new Position(0, 0)), selections: [], visibleRanges: [], options: {}, viewColumn: 1, setDecorations() {}, edit: async () => true, insertSnippet: async () => true, revealRange() {} };

  const createDiagnosticCollection = (name = 'fake') => {
    const entries = new Map();
    const collection = {
      name,
      set(uriOrEntries, diagnostics) {
        const list = Array.isArray(uriOrEntries) ? uriOrEntries : [[uriOrEntries, diagnostics]];
        for (const [uri, items] of list) {
          entries.set(String(uri), items || []);
          onDiagnostics(uri, items || []);
        }
      },
      get: (uri) => entries.get(String(uri)),
      has: (uri) => entries.has(String(uri)),
      delete: (uri) => void entries.delete(String(uri)),
      clear: () => entries.clear(),
      forEach: (callback) => entries.forEach((items, key) => callback(Uri.parse(key), items, collection)),
      dispose: () => entries.clear(),
    };
    return collection;
  };

  const configuration = () => ({
    get: (_key, fallback) => fallback,
    has: () => false,
    inspect: () => undefined,
    update: async () => {},
  });

  const workspace = namespace('workspace', {
    textDocuments: [document],
    workspaceFolders: undefined,
    name: undefined,
    isTrusted: true,
    getConfiguration: configuration,
    getWorkspaceFolder: () => undefined,
    asRelativePath: (value) => String(value instanceof Uri ? value.path : value),
    fs: namespace('workspace.fs', {
      readFile: async (uri) => {
        throw Object.assign(new Error(`no file ${uri}`), { code: 'FileNotFound' });
      },
      stat: async (uri) => {
        throw Object.assign(new Error(`no file ${uri}`), { code: 'FileNotFound' });
      },
    }),
    createFileSystemWatcher: () => ({ onDidCreate: event('fsw.create'), onDidChange: event('fsw.change'), onDidDelete: event('fsw.delete'), dispose() {} }),
    openTextDocument: async () => document,
    applyEdit: async () => true,
    findFiles: async () => [],
    onDidOpenTextDocument: event('workspace.onDidOpenTextDocument'),
    onDidCloseTextDocument: event('workspace.onDidCloseTextDocument'),
    onDidChangeTextDocument: event('workspace.onDidChangeTextDocument'),
    onDidSaveTextDocument: event('workspace.onDidSaveTextDocument'),
    onDidChangeConfiguration: event('workspace.onDidChangeConfiguration'),
    onDidChangeWorkspaceFolders: event('workspace.onDidChangeWorkspaceFolders'),
    onDidGrantWorkspaceTrust: event('workspace.onDidGrantWorkspaceTrust'),
  });

  const statusItem = () => ({ text: '', tooltip: '', command: undefined, show() {}, hide() {}, dispose() {} });
  const window = namespace('window', {
    activeTextEditor: editor,
    visibleTextEditors: [editor],
    state: { focused: true },
    createStatusBarItem: statusItem,
    createOutputChannel: (name) => ({ name, append() {}, appendLine() {}, replace() {}, clear() {}, show() {}, hide() {}, dispose() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {} }),
    createTextEditorDecorationType: () => ({ key: 'decoration', dispose() {} }),
    showInformationMessage: async () => undefined,
    showWarningMessage: async () => undefined,
    showErrorMessage: async () => undefined,
    showQuickPick: async () => undefined,
    showInputBox: async () => undefined,
    onDidChangeActiveTextEditor: event('window.onDidChangeActiveTextEditor'),
    onDidChangeVisibleTextEditors: event('window.onDidChangeVisibleTextEditors'),
    onDidChangeTextEditorSelection: event('window.onDidChangeTextEditorSelection'),
    onDidChangeWindowState: event('window.onDidChangeWindowState'),
  });

  const languages = namespace('languages', {
    createDiagnosticCollection,
    match: (selector, document) => (selectorMatches(selector, document) ? 10 : 0),
    getDiagnostics: () => [],
    registerCodeActionsProvider: () => new Disposable(() => {}),
    registerHoverProvider: () => new Disposable(() => {}),
    registerCompletionItemProvider: () => new Disposable(() => {}),
    onDidChangeDiagnostics: event('languages.onDidChangeDiagnostics'),
  });

  const commands = namespace('commands', {
    registerCommand: () => new Disposable(() => {}),
    registerTextEditorCommand: () => new Disposable(() => {}),
    executeCommand: async () => undefined,
    getCommands: async () => [],
  });

  const vscode = namespace('vscode', {
    version: '1.95.0',
    Disposable,
    EventEmitter,
    Position,
    Range,
    Selection,
    Uri,
    Diagnostic,
    CodeActionKind,
    WorkspaceEdit,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3, 0: 'Error', 1: 'Warning', 2: 'Information', 3: 'Hint' },
    DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    EndOfLine: { LF: 1, CRLF: 2 },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    CompletionItemKind: new Proxy({}, { get: (_target, prop) => (typeof prop === 'string' ? prop : undefined) }),
    CodeAction: dataClass('CodeAction', ['title', 'kind']),
    TextEdit: Object.assign(dataClass('TextEdit', ['range', 'newText']), {
      replace: (range, newText) => ({ range, newText }),
      insert: (position, newText) => ({ range: new Range(position, position), newText }),
      delete: (range) => ({ range, newText: '' }),
    }),
    SnippetString: dataClass('SnippetString', ['value']),
    MarkdownString: class MarkdownString {
      constructor(value = '') {
        this.value = value;
      }
      appendMarkdown(value) {
        this.value += value;
        return this;
      }
      appendText(value) {
        this.value += value;
        return this;
      }
      appendCodeblock(value) {
        this.value += `\n\`\`\`\n${value}\n\`\`\`\n`;
        return this;
      }
    },
    Hover: dataClass('Hover', ['contents', 'range']),
    CompletionItem: dataClass('CompletionItem', ['label', 'kind']),
    DiagnosticRelatedInformation: dataClass('DiagnosticRelatedInformation', ['location', 'message']),
    Location: dataClass('Location', ['uri', 'range']),
    ThemeColor: dataClass('ThemeColor', ['id']),
    ThemeIcon: dataClass('ThemeIcon', ['id', 'color']),
    RelativePattern: dataClass('RelativePattern', ['base', 'pattern']),
    workspace,
    window,
    languages,
    commands,
    env: namespace('env', { appName: 'Visual Studio Code', language: 'en', uiKind: 1, remoteName: undefined }),
    l10n: namespace('l10n', { t: (message, ...args) => String(typeof message === 'object' ? message.message : message).replace(/\{(\d+)\}/g, (_, i) => String(args[i])) }),
    extensions: namespace('extensions', { getExtension: () => undefined, all: [] }),
  });

  /** Fires an event the extension may have subscribed to (e.g. opening the document). */
  const fire = (name, value) => events.get(name)?.fire(value);
  return { vscode, fire, editor };
}

/** The extension context `activate` receives. */
function createFakeContext(extensionPath) {
  const memento = () => {
    const values = new Map();
    return { get: (key, fallback) => (values.has(key) ? values.get(key) : fallback), update: async (key, value) => void values.set(key, value), keys: () => [...values.keys()], setKeysForSync() {} };
  };
  const extensionUri = Uri.file(extensionPath);
  return namespace('context', {
    subscriptions: [],
    extensionPath,
    extensionUri,
    extensionMode: 1,
    globalState: memento(),
    workspaceState: memento(),
    asAbsolutePath: (relative) => path.join(extensionPath, relative),
    storageUri: undefined,
    globalStorageUri: Uri.file(path.join(extensionPath, '.bench-storage')),
    logUri: Uri.file(path.join(extensionPath, '.bench-log')),
    secrets: { get: async () => undefined, store: async () => {}, delete: async () => {}, onDidChange: () => new Disposable(() => {}) },
    extension: { id: 'outreach-linter.outreach-linter', extensionUri, extensionPath, packageJSON: {} },
  });
}

module.exports = { createFakeVscode, createFakeContext, createDocument, Uri };
