/*
 * issue 15: the space navigation's menu button (tablets, phones) and its « Gestion » group, and ARIA repairs of
 * PrimeFaces widgets (kept in step after Ajax updates): the state of selectOneButton radios (aria-checked, the
 * hidden native radio out of the tab order) and simple file uploads (the focusable file input is not aria-hidden).
 * No inline script anywhere (CSP).
 */
(function () {
    'use strict';
    function toggle(button, open) {
        var target = document.getElementById(button.getAttribute('aria-controls'));
        var expanded = open === undefined ? button.getAttribute('aria-expanded') !== 'true' : open;
        button.setAttribute('aria-expanded', expanded ? 'true' : 'false');
        if (target) {
            target.classList.toggle('is-open', expanded);
        }
    }
    function repair(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.ui-selectonebutton [role="radio"]'), function (radio) {
            var checked = radio.classList.contains('ui-state-active') ? 'true' : 'false';
            if (radio.getAttribute('aria-checked') !== checked) {
                radio.setAttribute('aria-checked', checked);
            }
            Array.prototype.forEach.call(radio.querySelectorAll('input'), function (input) {
                if (!input.hasAttribute('inert')) {
                    // the div is the radio for keyboards and screen readers; its native radio only carries the value
                    input.setAttribute('tabindex', '-1');
                    input.setAttribute('inert', '');
                }
            });
        });
        Array.prototype.forEach.call(root.querySelectorAll('.ui-fileupload-simple input[type="file"][aria-hidden]'), function (input) {
            input.removeAttribute('aria-hidden');
            if (!input.hasAttribute('aria-label') && !input.hasAttribute('aria-labelledby')) {
                var base = input.id.replace(/_input$/, '');
                var label = document.querySelector('label[for="' + base + '"]');
                var button = document.getElementById(base + '_label');
                var text = (label || button || {}).textContent;
                if (text) {
                    input.setAttribute('aria-label', text.replace(/\s+/g, ' ').trim());
                }
            }
        });
    }
    function watch() {
        repair(document);
        var pending = false;
        new MutationObserver(function () {
            if (!pending) {
                pending = true;
                window.requestAnimationFrame(function () { pending = false; repair(document); });
            }
        }).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['class']});
    }
    function init() {
        watch();
        document.documentElement.classList.add('js');
        var buttons = document.querySelectorAll('.nav-toggle, .nav-more-toggle');
        Array.prototype.forEach.call(buttons, function (button) {
            button.addEventListener('click', function () { toggle(button); });
        });
        document.addEventListener('keydown', function (e) {
            if (e.key === 'Escape') {
                Array.prototype.forEach.call(buttons, function (button) {
                    if (button.getAttribute('aria-expanded') === 'true') {
                        toggle(button, false);
                        button.focus();
                    }
                });
            }
        });
        document.addEventListener('click', function (e) {
            var more = document.querySelector('.nav-more-toggle');
            if (more && more.getAttribute('aria-expanded') === 'true' && !e.target.closest('.nav-more')) {
                toggle(more, false);
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
