// SiteGen preview: reloads the page after each rebuild, swaps stylesheets when only CSS changed,
// and shows a build's errors in a dialog. Served by `sitegen serve` only; never part of a built site.
(function () {
  'use strict';

  var script = document.currentScript;
  var pageGeneration = Number(script && script.getAttribute('data-generation')) || 0;
  var dialog = null;

  function reload() {
    window.location.reload();
  }

  // Each stylesheet is replaced by a fresh copy, and the old one removed once the new one has loaded,
  // so the page never shows unstyled in between.
  function swapStylesheets() {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      url.searchParams.set('sitegen', String(Date.now()));
      var fresh = link.cloneNode();
      fresh.href = url.toString();
      fresh.addEventListener('load', function () { link.remove(); });
      link.after(fresh);
    });
  }

  function ensureOverlayStylesheet() {
    if (document.getElementById('sitegen-overlay-style')) return;
    var link = document.createElement('link');
    link.id = 'sitegen-overlay-style';
    link.rel = 'stylesheet';
    link.href = '/__sitegen/overlay.css';
    document.head.appendChild(link);
  }

  function element(name, className, text) {
    var el = document.createElement(name);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  // The overlay is a modal <dialog>: the browser keeps focus inside it and closes it on Escape.
  // Its text is English, whatever the page's language, so it says so with lang and dir.
  function showErrors(errors) {
    ensureOverlayStylesheet();
    if (dialog) dialog.remove();
    dialog = element('dialog', 'sitegen-overlay');
    dialog.setAttribute('lang', 'en');
    dialog.setAttribute('dir', 'ltr');
    dialog.setAttribute('aria-labelledby', 'sitegen-overlay-title');

    var heading = element('h2', 'sitegen-overlay__title',
      errors.length === 1 ? 'The site could not be rebuilt: 1 error' : 'The site could not be rebuilt: ' + errors.length + ' errors');
    heading.id = 'sitegen-overlay-title';
    heading.tabIndex = -1;
    dialog.appendChild(heading);
    dialog.appendChild(element('p', null,
      'You are looking at the last version that built. Fix these problems and save the file: this page updates by itself.'));

    var list = element('ul', 'sitegen-overlay__list');
    errors.forEach(function (error) {
      var item = element('li');
      if (error.file) {
        item.appendChild(element('code', 'sitegen-overlay__where',
          error.file + (error.line ? ' line ' + error.line + (error.column ? ', column ' + error.column : '') : '')));
        item.appendChild(document.createTextNode(' '));
      }
      item.appendChild(element('span', 'sitegen-overlay__code', error.code + ':'));
      item.appendChild(document.createTextNode(' ' + error.message));
      list.appendChild(item);
    });
    dialog.appendChild(list);

    var close = element('button', 'sitegen-overlay__close', 'Close');
    close.type = 'button';
    close.addEventListener('click', function () { dialog.close(); });
    dialog.appendChild(close);

    document.body.appendChild(dialog);
    dialog.showModal();
    // Start reading at the heading, so a screen reader announces what happened before the list.
    heading.focus();
  }

  var events = new EventSource('/__sitegen/events');
  // Marks the page as live, so a person in the developer tools (or a browser test) can tell it will update.
  events.addEventListener('open', function () {
    document.documentElement.setAttribute('data-sitegen-live', 'connected');
  });
  events.addEventListener('state', function (e) {
    var state = JSON.parse(e.data);
    if (state.errors.length > 0) showErrors(state.errors);
    else if (state.generation !== pageGeneration) reload();
  });
  events.addEventListener('reload', reload);
  events.addEventListener('css', swapStylesheets);
  events.addEventListener('errors', function (e) { showErrors(JSON.parse(e.data).errors); });
})();
