// @ts-check
/**
 * The process editor's own page script (ref R.2: the editor is drawn by script after load): draws
 * the canvas from flowchart-data, opens a block's modal on double click (or «Добавить блок»),
 * switches the visible operation section with the radios, posts the form and redraws. Page text is
 * set with `textContent`; the modal's HTML comes escaped from the server. Closing removes the
 * modal from the DOM, so opening it again builds a new one (no stale or piled-up modals).
 */
export const EDITOR_SCRIPT = `(function () {
  var config = window.flowchartConfig;
  var container = document.querySelector('#flowchart .flowchart-container');
  var modal = null;
  var opening = 0;

  function draw(blocks) {
    while (container.firstChild) container.removeChild(container.firstChild);
    blocks.forEach(function (block) {
      var node = document.createElement('div');
      node.id = 'fwb' + block.id;
      node.className = 'flowchart-block ' + block.cssClass;
      node.setAttribute('data-id', String(block.id));
      node.style.left = block.coord.left + 'px';
      node.style.top = block.coord.top + 'px';
      var name = document.createElement('span');
      name.className = 'flowchart-block-name';
      name.textContent = block.name;
      node.appendChild(name);
      container.appendChild(node);
    });
  }

  function load() {
    return fetch(config.flowchartDataUrl, { method: 'POST', headers: { 'x-requested-with': 'XMLHttpRequest' } })
      .then(function (response) { return response.json(); })
      .then(function (answer) { draw(answer.data.flowchartData.blocks); });
  }

  function close() {
    if (modal) modal.remove();
    modal = null;
  }

  function showSection(form) {
    var checked = form.querySelector('input[name="operationType"]:checked');
    form.querySelectorAll('[data-operation-type]').forEach(function (section) {
      section.hidden = !checked || section.getAttribute('data-operation-type') !== checked.value;
    });
  }

  function wire(node) {
    var form = node.querySelector('form.block-modal-window');
    node.querySelectorAll('[data-dismiss="modal"]').forEach(function (button) { button.addEventListener('click', close); });
    form.addEventListener('change', function (event) {
      if (event.target.name === 'operationType') showSection(form);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = new URLSearchParams(new FormData(form));
      body.append((event.submitter && event.submitter.name) || 'save', '1');
      fetch(form.action, { method: 'POST', headers: { 'x-requested-with': 'XMLHttpRequest' }, body: body })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          if (!answer.success) {
            form.querySelector('.block-modal-error').textContent = answer.error;
            return;
          }
          close();
          return load();
        });
    });
  }

  function open(scriptId) {
    var ticket = ++opening;
    var url = config.scriptWindowUrl + '&scriptId=' + encodeURIComponent(scriptId || '') + '&blockType=operation';
    return fetch(url, { headers: { 'x-requested-with': 'XMLHttpRequest' } })
      .then(function (response) { return response.text(); })
      .then(function (markup) {
        if (ticket !== opening) return; // another block was opened meanwhile
        close();
        var holder = document.createElement('div');
        holder.innerHTML = markup;
        modal = holder.firstElementChild;
        document.body.appendChild(modal);
        wire(modal);
      });
  }

  container.addEventListener('dblclick', function (event) {
    var block = event.target.closest('.operation-flowchart-block');
    if (block) open(block.getAttribute('data-id'));
  });
  document.querySelector('.add-block-button').addEventListener('click', function () { open(''); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') close();
  });
  load();
})();`;
