// Runs before first paint so a reader's chosen theme never flashes. No stored choice: follow the system.
// The `js` class lets the CSS fold the phone menu away before first paint (without JavaScript it stays open).
document.documentElement.classList.add('js');
try {
  var t = localStorage.getItem('sl-theme');
  if (t !== 'light' && t !== 'dark') t = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = t;
} catch (e) {
  document.documentElement.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
