// Autocomplete for the search box: titles from /api/v1/suggest offered in a <datalist>.
// Progressive enhancement only: without JavaScript the form submits to /{lang}/search as usual.
(function () {
  var input = document.querySelector("input[data-suggest]");
  if (!input || !window.fetch) {
    return;
  }
  var list = document.createElement("datalist");
  list.id = input.id + "-suggestions";
  input.parentNode.appendChild(list);
  input.setAttribute("list", list.id);
  var timer = null;
  var asked = "";
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === asked) {
        return;
      }
      asked = q;
      fetch("/api/v1/suggest?q=" + encodeURIComponent(q) + "&lang=" + encodeURIComponent(input.getAttribute("data-suggest")),
          { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (titles) {
          if (input.value.trim() !== q) {
            return; // the reader typed on; a newer request will fill the list
          }
          list.textContent = "";
          titles.forEach(function (title) {
            var option = document.createElement("option");
            option.value = title;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are optional: the form still works */ });
    }, 150);
  });
})();
