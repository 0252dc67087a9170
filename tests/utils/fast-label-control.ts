// jsdom finds an element's labels by asking every node of the document whether it is a label
// for it, and each label finds its control by walking the whole document again: every
// getByLabelText, and every accessible name Testing Library computes, cost about
// (labels × elements) steps per form control. On the wizard, with its long timezone list, that
// was most of a test's time. These getters give the same answers as the HTML standard describes
// them (a label's control is the first element in its root with the `for` id, if it can be
// labelled; an element's labels are the labels whose control it is, in tree order), through
// getElementById and getElementsByTagName, which jsdom answers without that walk.
const LABELABLE = new Set(['BUTTON', 'METER', 'OUTPUT', 'PROGRESS', 'SELECT', 'TEXTAREA']);

function isLabelable(element: Element): boolean {
  if (element.tagName === 'INPUT') return element.getAttribute('type') !== 'hidden';
  return LABELABLE.has(element.tagName);
}

type Root = Document | DocumentFragment;
const isIndexedRoot = (node: Node): node is Root =>
  node instanceof Document || node instanceof DocumentFragment;

function controlOf(label: HTMLLabelElement, walk: () => HTMLElement | null): HTMLElement | null {
  const forValue = label.getAttribute('for');
  if (forValue === null) return walk.call(label);
  if (forValue === '') return null;
  const root = label.getRootNode();
  if (!isIndexedRoot(root)) return walk.call(label);
  const target = root.getElementById(forValue);
  return target instanceof HTMLElement && isLabelable(target) ? target : null;
}

const PATCHED = Symbol.for('open-event-web:fast-labels');

export function findLabelsByIndex(): void {
  const labelProto = HTMLLabelElement.prototype as HTMLLabelElement & { [PATCHED]?: true };
  if (labelProto[PATCHED]) return;
  const original = Object.getOwnPropertyDescriptor(HTMLLabelElement.prototype, 'control');
  // eslint-disable-next-line @typescript-eslint/unbound-method -- always called with .call(label)
  const walk = original?.get as (() => HTMLElement | null) | undefined;
  if (!original || !walk) return;
  Object.defineProperty(HTMLLabelElement.prototype, 'control', {
    ...original,
    get(this: HTMLLabelElement) {
      return controlOf(this, walk);
    },
  });

  const labelled = [
    HTMLInputElement,
    HTMLSelectElement,
    HTMLTextAreaElement,
    HTMLButtonElement,
    HTMLOutputElement,
    HTMLMeterElement,
    HTMLProgressElement,
  ];
  for (const type of labelled) {
    const descriptor = Object.getOwnPropertyDescriptor(type.prototype, 'labels');
    if (!descriptor?.get) continue;
    Object.defineProperty(type.prototype, 'labels', {
      ...descriptor,
      get(this: HTMLElement) {
        if (!isLabelable(this)) return null;
        const root = this.getRootNode();
        // getElementsByTagName: jsdom keeps its answer until the document changes. An array for
        // the NodeList: Testing Library reads its length and items.
        const labels =
          root instanceof Document || root instanceof Element
            ? root.getElementsByTagName('label')
            : (root as ParentNode).querySelectorAll('label');
        // The length read once, then indices: jsdom's collections are proxies that look up
        // every other property read (`length`, `item`, and each step of a spread) as a possible
        // element id or name first, a scan of the whole collection each time.
        const mine: HTMLLabelElement[] = [];
        const count = labels.length;
        for (let i = 0; i < count; i += 1) {
          const label = labels[i];
          if (!(label instanceof HTMLLabelElement)) continue;
          // Only a label whose `for` is this id, or one without `for` around this element, can
          // be this element's: the others are passed over without looking up their control.
          const forValue = label.getAttribute('for');
          const mayLabelThis = forValue === null ? label.contains(this) : forValue === this.id;
          if (mayLabelThis && label.control === this) mine.push(label);
        }
        return mine;
      },
    });
  }
  labelProto[PATCHED] = true;
}
