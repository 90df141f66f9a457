/*
 * issue 11, the observation grid (/supervisor/observe.xhtml) loses nothing: every tap is kept on this device
 * (localStorage, one entry per account and task record) until a save succeeds, so a save that meets an ended session
 * (timeout, restart: the server sends the login page, which says nothing was saved) or a server that does not answer
 * (said here) loses no rating; after the new login the grid comes back with them, to be saved once.
 * Loaded as a file under the Content-Security-Policy (no inline script).
 */
(function () {
    'use strict';
    var PREFIX = 'sillon.grid.';
    var dirty = false;
    var seenSaves = null;

    function grid() {
        return document.querySelector('.obs-grid[data-grid]');
    }
    function keyOf(g) {
        return PREFIX + g.getAttribute('data-user') + '.' + g.getAttribute('data-grid');
    }
    function each(root, selector, action) {
        Array.prototype.forEach.call(root.querySelectorAll(selector), action);
    }
    /** The grid as shown: the level chosen in each cell, the note of each participant. */
    function read(g) {
        var state = {at: new Date().toISOString(), cells: {}, notes: {}};
        each(g, '.obs-row[data-cell]', function (row) {
            var checked = row.querySelector('input[type="radio"]:checked');
            if (checked) {
                state.cells[row.getAttribute('data-cell')] = checked.value;
            }
        });
        each(g, '[data-note]', function (box) {
            var input = box.querySelector('input');
            if (input && input.value) {
                state.notes[box.getAttribute('data-note')] = input.value;
            }
        });
        return state;
    }
    function keep(g) {
        try {
            window.localStorage.setItem(keyOf(g), JSON.stringify(read(g)));
        } catch (e) {
            // storage full or refused (private mode): the grid still works, unprotected
        }
    }
    function kept(g) {
        try {
            return JSON.parse(window.localStorage.getItem(keyOf(g)));
        } catch (e) {
            return null;
        }
    }
    function forget(g) {
        try {
            window.localStorage.removeItem(keyOf(g));
        } catch (e) {
            // nothing kept
        }
    }
    /** Chooses a level in a PrimeFaces selectOneButton as a tap does: the radio checked, the button active. */
    function choose(row, value) {
        var target = null;
        each(row, 'input[type="radio"]', function (radio) {
            if (radio.value === value) {
                target = radio;
            }
        });
        if (!target) {
            return false;
        }
        each(row, 'input[type="radio"]', function (radio) {
            radio.checked = radio === target;
            var button = radio.closest('.ui-button');
            if (button) {
                button.classList.toggle('ui-state-active', radio === target);
            }
        });
        return true;
    }
    /** Puts back what this device kept for the grid (a save that never reached the server). */
    function restore(g) {
        var state = kept(g);
        if (!state || !state.cells) {
            return;
        }
        var restored = 0;
        Object.keys(state.cells).forEach(function (cell) {
            var row = g.querySelector('.obs-row[data-cell="' + cell.replace(/[^0-9_]/g, '') + '"]');
            if (row && choose(row, String(state.cells[cell]))) {
                restored++;
            }
        });
        Object.keys(state.notes || {}).forEach(function (participant) {
            var box = g.querySelector('[data-note="' + participant.replace(/[^0-9]/g, '') + '"] input');
            if (box && !box.value) {
                box.value = state.notes[participant];
            }
        });
        dirty = true;
        var notice = g.querySelector('.obs-restored');
        if (notice) {
            notice.hidden = false;
        }
        g.setAttribute('data-restored', String(restored));
    }
    function touched(event) {
        var g = grid();
        if (g && g.contains(event.target)) {
            dirty = true;
            // after PrimeFaces' own handler has chosen the level
            window.setTimeout(function () { if (grid()) { keep(grid()); } }, 0);
        }
    }
    function init() {
        var g = grid();
        if (!g) {
            return;
        }
        seenSaves = g.getAttribute('data-saves');
        restore(g);
        ['click', 'keydown', 'input', 'change'].forEach(function (type) {
            document.addEventListener(type, touched, true);
        });
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
                var now = grid();
                if (!now) {
                    return; // the page was replaced (an error page): what was kept stays kept
                }
                var saves = now.getAttribute('data-saves');
                if (!(args && args.redirect) && saves !== seenSaves) {
                    forget(now); // the server saved the grid
                    dirty = false;
                } else if (dirty) {
                    keep(now); // e.g. « tous à » re-rendered the grid
                }
                seenSaves = saves;
            }).on('pfAjaxError', function () {
                var now = grid();
                if (now) {
                    keep(now);
                    var notice = now.querySelector('.obs-unreachable');
                    if (notice) {
                        notice.hidden = false;
                    }
                }
            });
        }
    }
    if (document.readyState === 'complete') {
        init();
    } else {
        window.addEventListener('load', init);
    }
}());
