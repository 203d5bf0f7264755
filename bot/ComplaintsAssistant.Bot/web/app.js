// The local try-out page: pick a persona, get a Direct Line token bound to it, render Web Chat.
(function () {
  'use strict';

  var form = document.getElementById('persona-form');
  var select = document.getElementById('persona');
  var status = document.getElementById('status');
  var host = document.getElementById('webchat');
  var directLine = null;

  // Web Chat renders cards with this copy of adaptivecards (the same 3.0.6 it bundles), so the page can mend one gap:
  // its screen-reader text for a card labels each input with the input's "title", which only Input.Toggle has since
  // Adaptive Cards 1.3 gave inputs a "label" - text, date, number and time inputs were read out unlabelled.
  var adaptiveCards = window.AdaptiveCards;
  ['TextInput', 'DateInput', 'NumberInput', 'TimeInput'].forEach(function (name) {
    var type = adaptiveCards && adaptiveCards[name];
    if (type && !('title' in type.prototype)) {
      Object.defineProperty(type.prototype, 'title', { configurable: true, get: function () { return this.label; } });
    }
  });

  function selectedPersona() {
    var option = select.options[select.selectedIndex];
    return { id: option.value, name: option.getAttribute('data-name') || option.text };
  }

  async function startChat() {
    var persona = selectedPersona();
    if (directLine) {
      directLine.end();
    }

    status.textContent = 'Starting a chat as ' + persona.name + '…';
    var response = await fetch('/v3/directline/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: persona.id, name: persona.name } })
    });
    if (!response.ok) {
      status.textContent = 'The bot did not start a chat (HTTP ' + response.status + ').';
      return;
    }

    var token = (await response.json()).token;
    directLine = window.WebChat.createDirectLine({
      domain: window.location.origin + '/v3/directline',
      token: token,
      webSocket: false,
      pollingInterval: 500
    });

    // A fresh element per chat: Web Chat owns what it renders into.
    var container = document.createElement('div');
    host.replaceChildren(container);
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: persona.id,
      username: persona.name,
      locale: 'en-GB',
      adaptiveCardsPackage: adaptiveCards,
      styleOptions: {
        accent: '#1d4ed8',
        subtle: '#4b5563',
        sendBoxPlaceholderColor: '#4b5563',
        // White, not grey: Web Chat's card colours for problems (#D13438) and warnings (#B75C00) reach 4.5:1 only on white.
        bubbleBackground: '#ffffff',
        bubbleFromUserBackground: '#dbeafe',
        hideUploadButton: true
      }
    }, container);
    status.textContent = 'Chatting as ' + persona.name + '.';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    startChat();
  });

  startChat();
})();
