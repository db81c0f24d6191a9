// The demo's theme and language switches. They set what a host page would:
// the page's own colour scheme and `lang`, and each widget's `theme`.
const root = document.documentElement;
const widgets = () => document.querySelectorAll('nw-figure-card, nw-figure-grid, nw-chart, nw-quote, nw-embed');
const params = new URLSearchParams(location.search);

function setTheme(theme) {
  root.dataset.theme = theme;
  for (const widget of widgets()) widget.setAttribute('theme', theme);
  const select = document.querySelector('#theme');
  if (select) select.value = theme;
}

// The article's own text stays English (lang="en" on the page); the widgets
// take the chosen language through their own `lang` attribute.
function setLanguage(lang) {
  for (const widget of widgets()) widget.setAttribute('lang', lang);
  const select = document.querySelector('#lang');
  if (select) select.value = lang;
}

document.querySelector('#theme')?.addEventListener('change', (event) => setTheme(event.target.value));
document.querySelector('#lang')?.addEventListener('change', (event) => setLanguage(event.target.value));
setTheme(params.get('theme') ?? 'light');
setLanguage(params.get('lang') ?? 'en');
