// The portal's only script: the copy button of a new token's value, and the lifetime field.
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

// Typing in "other: __ seconds" selects "other", so the lifetime typed is the lifetime created.
document.addEventListener('input', (event) => {
  const field = event.target.closest('input[data-selects]');
  if (field && field.value.trim() !== '') {
    document.getElementById(field.dataset.selects).checked = true;
  }
});
