/*
 * issue 15: « Écouter » reads a block aloud in French with the browser's own speech synthesis (no external service).
 * A second press stops. Buttons: <button class="easy-listen" data-listen="ID of the block">. Hidden without speech.
 */
(function () {
    'use strict';
    function text(block) {
        var clone = block.cloneNode(true);
        Array.prototype.forEach.call(clone.querySelectorAll('button, [aria-hidden="true"]'), function (n) { n.remove(); });
        return clone.textContent.replace(/\s+/g, ' ').trim();
    }
    function voice() {
        var voices = window.speechSynthesis.getVoices();
        for (var i = 0; i < voices.length; i++) {
            if (voices[i].lang && voices[i].lang.toLowerCase().indexOf('fr') === 0) {
                return voices[i];
            }
        }
        return null;
    }
    function init() {
        var buttons = document.querySelectorAll('.easy-listen');
        if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') {
            Array.prototype.forEach.call(buttons, function (b) { b.hidden = true; });
            return;
        }
        Array.prototype.forEach.call(buttons, function (button) {
            button.setAttribute('aria-pressed', 'false');
            button.addEventListener('click', function () {
                var speaking = button.getAttribute('aria-pressed') === 'true';
                window.speechSynthesis.cancel();
                Array.prototype.forEach.call(buttons, function (b) { b.setAttribute('aria-pressed', 'false'); });
                if (speaking) {
                    return;
                }
                var block = document.getElementById(button.getAttribute('data-listen'));
                if (!block) {
                    return;
                }
                var utterance = new window.SpeechSynthesisUtterance(text(block));
                utterance.lang = 'fr-FR';
                utterance.rate = 0.9;
                var v = voice();
                if (v) {
                    utterance.voice = v;
                }
                utterance.onend = utterance.onerror = function () { button.setAttribute('aria-pressed', 'false'); };
                button.setAttribute('aria-pressed', 'true');
                button.setAttribute('data-spoken', utterance.text);
                window.speechSynthesis.speak(utterance);
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
