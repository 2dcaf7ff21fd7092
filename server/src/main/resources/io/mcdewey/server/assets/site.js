// The pages work without this script; it adds copy buttons' behaviour and '/' to jump to the search box.
'use strict';

function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text);
  }
  // Pages served over plain HTTP on another name than localhost have no clipboard API; a selected textarea does.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  return copied ? Promise.resolve() : Promise.reject(new Error('copy refused'));
}

document.addEventListener('click', (event) => {
  const button = event.target.closest('button.copy');
  if (!button) {
    return;
  }
  const code = document.getElementById(button.dataset.copy);
  copyText(code.textContent).then(
    () => { button.textContent = 'Copied'; },
    () => { button.textContent = 'Select and copy'; });
  setTimeout(() => { button.textContent = 'Copy'; }, 2000);
});

document.addEventListener('keydown', (event) => {
  const box = document.querySelector('input[name=q]');
  if (event.key === '/' && box && document.activeElement !== box
      && !['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName)) {
    event.preventDefault();
    box.focus();
  }
});
