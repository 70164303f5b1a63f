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

  // The overlay's words come with the failed build, in every language of the site: use the page's
  // own (its <html lang>, or that language without its region), else the site's default language.
  function languageOf(text) {
    var languages = (text && text.languages) || {};
    var codes = Object.keys(languages);
    function find(code) {
      code = (code || '').toLowerCase();
      for (var i = 0; i < codes.length; i++) if (codes[i].toLowerCase() === code) return codes[i];
      return null;
    }
    var lang = document.documentElement.getAttribute('lang') || '';
    var code = find(lang) || find(lang.split('-')[0]) || find(text && text.default);
    return code ? { code: code, dir: languages[code].dir, strings: languages[code].strings } : { code: 'en', dir: 'ltr', strings: {} };
  }

  // Writes a string into el: {0}, {1} ... become the values (text, or nodes such as a file name kept
  // left to right). A string in another language than the dialog's says so with lang and dir.
  function say(el, language, key, values, count) {
    var entry = language.strings[key];
    if (!entry) return el;
    var lang = entry.lang || language.code;
    var template = entry.forms
      ? entry.forms[new Intl.PluralRules(lang).select(count)] || entry.forms.other
      : entry.text;
    if (entry.lang) {
      el.setAttribute('lang', entry.lang);
      el.setAttribute('dir', entry.dir);
    }
    template.split(/(\{\d+\})/).forEach(function (part) {
      var placeholder = /^\{(\d+)\}$/.exec(part);
      var value = placeholder ? values[Number(placeholder[1])] : part;
      if (value === undefined || value === '') return;
      el.appendChild(typeof value === 'object' ? value : document.createTextNode(String(value)));
    });
    return el;
  }

  // Diagnostics are written in English, in whatever language the dialog is.
  function english(name, className, text) {
    var el = element(name, className, text);
    el.setAttribute('lang', 'en');
    el.setAttribute('dir', 'ltr');
    return el;
  }

  function where(error, language) {
    var file = english('bdi', null, error.file);
    var el = element('code', 'sitegen-overlay__where');
    if (!error.line) {
      el.appendChild(file);
      return el;
    }
    return error.column
      ? say(el, language, 'overlayLineColumn', [file, error.line, error.column])
      : say(el, language, 'overlayLine', [file, error.line]);
  }

  // The overlay is a modal <dialog>: the browser keeps focus inside it and closes it on Escape.
  function showErrors(errors, text) {
    ensureOverlayStylesheet();
    if (dialog) dialog.remove();
    var language = languageOf(text);
    dialog = element('dialog', 'sitegen-overlay');
    dialog.setAttribute('lang', language.code);
    dialog.setAttribute('dir', language.dir || 'ltr');
    dialog.setAttribute('aria-labelledby', 'sitegen-overlay-title');

    var heading = say(element('h2', 'sitegen-overlay__title'), language, 'overlayTitle', []);
    heading.id = 'sitegen-overlay-title';
    heading.tabIndex = -1;
    dialog.appendChild(heading);
    dialog.appendChild(say(element('p', 'sitegen-overlay__count'), language, 'overlayProblems', [errors.length], errors.length));
    dialog.appendChild(say(element('p'), language, 'overlayIntro', []));

    var list = element('ul', 'sitegen-overlay__list');
    errors.forEach(function (error) {
      var item = element('li');
      if (error.file) {
        item.appendChild(where(error, language));
        item.appendChild(document.createTextNode(' '));
      }
      var problem = english('span');
      problem.appendChild(element('span', 'sitegen-overlay__code', error.code + ':'));
      problem.appendChild(document.createTextNode(' ' + error.message));
      item.appendChild(problem);
      list.appendChild(item);
    });
    dialog.appendChild(list);

    var close = say(element('button', 'sitegen-overlay__close'), language, 'overlayClose', []);
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
    if (state.errors.length > 0) showErrors(state.errors, state.text);
    else if (state.generation !== pageGeneration) reload();
  });
  events.addEventListener('reload', reload);
  events.addEventListener('css', swapStylesheets);
  events.addEventListener('errors', function (e) {
    var state = JSON.parse(e.data);
    showErrors(state.errors, state.text);
  });
})();
