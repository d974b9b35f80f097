import type { CoachModel, FactorView, FromPage, ToPage } from './protocol.js';

/*
 * The little of the DOM the page uses. The extension compiles without the DOM library
 * (it runs in Node and in a web worker, where there is none), so the page declares only
 * what it touches, here in its own module.
 */
interface PageElement {
  id: string;
  textContent: string | null;
  className: string;
  hidden: boolean;
  title: string;
  readonly dataset: Record<string, string | undefined>;
  readonly style: { setProperty(name: string, value: string): void };
  readonly classList: { toggle(name: string, force?: boolean): boolean };
  readonly parentElement: PageElement | null;
  readonly children: ArrayLike<PageElement>;
  setAttribute(name: string, value: string): void;
  appendChild(child: PageElement): PageElement;
  insertBefore(child: PageElement, before: PageElement | null): PageElement;
  remove(): void;
  focus(): void;
  closest(selector: string): PageElement | null;
  addEventListener(type: string, listener: (event: PageEvent) => void): void;
}
interface PageEvent {
  readonly target: PageElement | null;
  readonly key?: string;
  readonly data?: unknown;
  preventDefault(): void;
}
declare const document: {
  getElementById(id: string): PageElement | null;
  createElement(tag: string): PageElement;
  readonly activeElement: PageElement | null;
};
declare const window: { addEventListener(type: 'message', listener: (event: PageEvent) => void): void };
declare function acquireVsCodeApi(): { postMessage(message: FromPage): void; getState(): unknown; setState(state: unknown): void };

/**
 * The coach's page. It runs in the webview, as the source text of this function (see
 * page.ts), so it uses nothing from outside itself. It draws the model it is sent and,
 * on the next one, changes only what changed: no reload, no flicker, and the focused
 * row keeps its focus. A click, Enter or Space on a row asks the extension to select
 * the words behind it; the arrow keys, Home and End move between rows.
 */
export function coachPage(): void {
  const host = acquireVsCodeApi();
  const title = document.getElementById('title')!;
  const note = document.getElementById('note')!;
  const list = document.getElementById('factors')!;
  const rows = new Map<string, Row>();

  interface Row {
    item: PageElement;
    button: PageElement;
    label: PageElement;
    value: PageElement;
    state: PageElement;
    band: PageElement;
    fill: PageElement;
    target: PageElement;
    source: PageElement;
    why: PageElement;
  }

  const STATE_TEXT = { in: 'on target', out: 'off target', none: 'not judged' } as const;

  function element(tag: string, className: string, parent?: PageElement): PageElement {
    const created = document.createElement(tag);
    created.className = className;
    if (parent) parent.appendChild(created);
    return created;
  }

  /** Sets text only when it differs, so an unchanged row is not touched at all. */
  function setText(target: PageElement, text: string): void {
    if (target.textContent !== text) target.textContent = text;
  }

  function createRow(id: string): Row {
    const item = element('li', 'row');
    const button = element('button', 'factor', item);
    button.dataset.factor = id;
    button.setAttribute('type', 'button');
    const head = element('span', 'head', button);
    const label = element('span', 'label', head);
    const state = element('span', 'state', head);
    const value = element('span', 'value', head);
    const bar = element('span', 'bar', button);
    bar.setAttribute('aria-hidden', 'true');
    const band = element('span', 'band', bar);
    const fill = element('span', 'fill', bar);
    const meta = element('span', 'meta', button);
    const target = element('span', 'target', meta);
    const source = element('span', 'source', meta);
    const why = element('span', 'why', button);
    why.id = `why-${id}`;
    button.setAttribute('aria-describedby', why.id);
    return { item, button, label, value, state, band, fill, target, source, why };
  }

  function update(row: Row, factor: FactorView): void {
    const judged = factor.inRange === undefined ? 'none' : factor.inRange ? 'in' : 'out';
    if (row.button.dataset.state !== judged) {
      row.button.dataset.state = judged;
      for (const name of ['in', 'out', 'none']) row.item.classList.toggle(name, name === judged);
    }
    setText(row.label, factor.label);
    setText(row.value, factor.valueText);
    setText(row.state, STATE_TEXT[judged]);
    setText(row.target, `target ${factor.targetText}`);
    setText(row.source, factor.source);
    setText(row.why, factor.why);
    row.button.dataset.selectable = factor.selections > 0 ? 'true' : 'false';
    const hint = factor.selections > 0 ? 'Click to select the words behind it.' : 'Nothing in the draft to select yet.';
    if (row.button.title !== `${factor.why}\n\n${hint}`) row.button.title = `${factor.why}\n\n${hint}`;
    // Custom properties through the CSSOM: the policy allows no style attributes.
    row.band.style.setProperty('--low', String(factor.bar.low));
    row.band.style.setProperty('--high', String(factor.bar.high));
    row.fill.style.setProperty('--value', String(factor.bar.value));
  }

  function render(model: CoachModel): void {
    setText(title, model.title);
    setText(note, model.note);
    note.hidden = model.note === '';
    const seen = new Set<string>();
    let previous: PageElement | null = null;
    for (const factor of model.factors) {
      seen.add(factor.id);
      let row = rows.get(factor.id);
      if (!row) {
        row = createRow(factor.id);
        rows.set(factor.id, row);
      }
      update(row, factor);
      // Keeps the model's order, moving a row only if it is out of place.
      const expected: PageElement | null = previous ? nextOf(previous) : list.children[0] ?? null;
      if (expected !== row.item) list.insertBefore(row.item, expected);
      previous = row.item;
    }
    for (const [id, row] of rows) {
      if (seen.has(id)) continue;
      row.item.remove();
      rows.delete(id);
    }
    // Kept by VS Code while the panel is hidden, so the page shown again starts from it.
    host.setState(model);
    host.postMessage({ type: 'rendered', version: model.version });
  }

  function nextOf(item: PageElement): PageElement | null {
    const siblings = list.children;
    for (let i = 0; i < siblings.length; i++) if (siblings[i] === item) return siblings[i + 1] ?? null;
    return null;
  }

  function buttons(): PageElement[] {
    const found: PageElement[] = [];
    for (let i = 0; i < list.children.length; i++) found.push(list.children[i].children[0]);
    return found;
  }

  list.addEventListener('click', (event) => {
    const button = event.target?.closest('button.factor');
    const id = button?.dataset.factor;
    if (id) host.postMessage({ type: 'select', id });
  });

  list.addEventListener('keydown', (event) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as PageElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    const to = event.key === undefined ? undefined : moves[event.key];
    if (to === undefined || at < 0 || all.length === 0) return;
    event.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, to))].focus();
  });

  window.addEventListener('message', (event) => {
    const message = event.data as ToPage | undefined;
    if (message?.type === 'model') render(message.model);
  });

  // The first model comes with the page, so it is drawn before the first frame; a page
  // shown again after being hidden starts from the last one it drew, which is newer.
  const initial = document.getElementById('initial-model')?.textContent;
  const first = initial ? (JSON.parse(initial) as CoachModel) : undefined;
  const kept = host.getState() as CoachModel | undefined;
  const newest = kept && (!first || kept.version > first.version) ? kept : first;
  if (newest) render(newest);
  host.postMessage({ type: 'ready' });
}
