// The playground: edit a payload, see every problem with its path as you type,
// a live preview of every widget, and the embed snippet the CLI prints.
import '../dist/newsroom-widgets.js';
// The payload API of the npm build (lib/), which has the embed snippet builder too.
import { parsePayload, embedSnippet, sanitizerSafeSnippet } from '../lib/payload/index.js';
import './demo.js';

const editor = document.querySelector('#payload');
const status = document.querySelector('#status');
const problems = document.querySelector('#problems');
let preview = document.querySelector('#preview');
const snippet = document.querySelector('#snippet');
const safeSnippet = document.querySelector('#safe-snippet');
const STORAGE_KEY = 'newsroom-widgets-playground';
const STORY_URL = 'data/kazakhstan-unrest-2022.json';
/** Every chart form and annotation kind, with illustrative numbers (demo/gallery.html). */
const GALLERY_URL = 'data/gallery.json';
let timer;

function show(result) {
  problems.replaceChildren(
    ...result.problems.map((problem) => {
      const item = document.createElement('li');
      const path = document.createElement('code');
      path.textContent = problem.path;
      item.append(path, `: ${problem.message}`);
      return item;
    }),
  );
  editor.setAttribute('aria-invalid', String(!result.ok));
  status.className = `status ${result.ok ? 'ok' : 'bad'}`;
  const count = result.problems.length;
  status.textContent = result.ok ? 'Valid payload' : `${count} problem${count === 1 ? '' : 's'} (${result.code})`;
  if (result.ok) {
    if (preview.localName !== 'nw-embed') {
      // Made on the first valid payload: an nw-embed without data would report a no-data error.
      const embed = Object.assign(document.createElement('nw-embed'), { id: 'preview', debug: true });
      embed.setAttribute('heading-level', '3');
      preview.replaceWith(embed);
      preview = embed;
    }
    preview.payload = result.payload;
    snippet.textContent = embedSnippet(result.payload);
    const file = `/data/${result.payload.id ?? 'payload'}.json`;
    safeSnippet.textContent = sanitizerSafeSnippet(result.payload, { src: file });
  }
}

function check() {
  localStorage.setItem(STORAGE_KEY, editor.value);
  show(parsePayload(editor.value));
}

async function load(url) {
  editor.value = await (await fetch(url)).text();
  check();
}
const loadStory = () => load(STORY_URL);

editor.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(check, 200);
});
document.querySelector('#format').addEventListener('click', () => {
  try {
    editor.value = JSON.stringify(JSON.parse(editor.value), null, 2);
    check();
  } catch {
    check();
  }
});
document.querySelector('#reset').addEventListener('click', loadStory);
document.querySelector('#gallery').addEventListener('click', () => load(GALLERY_URL));
for (const copy of document.querySelectorAll('[data-copies]')) {
  copy.addEventListener('click', async (event) => {
    const button = event.currentTarget;
    const code = document.getElementById(button.dataset.copies);
    try {
      await navigator.clipboard.writeText(code.textContent);
      button.textContent = 'Copied';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      button.textContent = 'Selected: press Ctrl+C';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
}

const saved = localStorage.getItem(STORAGE_KEY);
if (saved) {
  editor.value = saved;
  check();
} else {
  await loadStory();
}
