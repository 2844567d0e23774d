// The copy button of a new token's value; no other script runs on the portal's pages.
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-copy]');
  if (!button) {
    return;
  }
  const value = document.getElementById(button.dataset.copy).textContent;
  navigator.clipboard.writeText(value).then(
    () => { button.textContent = 'Copied'; },
    () => { button.textContent = 'Select and copy it by hand'; });
});
