// Hovering (or focusing) an event row lights up the article spans of that event.
(function () {
  "use strict";
  function light(row, on) {
    var index = row.getAttribute("data-event");
    row.classList.toggle("lit", on);
    document.querySelectorAll("mark[data-events]").forEach(function (mark) {
      var events = mark.getAttribute("data-events").split(" ");
      mark.classList.toggle("lit", on && events.indexOf(index) !== -1);
    });
  }
  document.querySelectorAll("tr[data-event]").forEach(function (row) {
    row.tabIndex = 0;
    row.addEventListener("mouseenter", function () { light(row, true); });
    row.addEventListener("mouseleave", function () { light(row, false); });
    row.addEventListener("focus", function () { light(row, true); });
    row.addEventListener("blur", function () { light(row, false); });
  });
  // "Code a text": a chosen file fills the text box (read here, nothing uploaded apart).
  var file = document.getElementById("file");
  if (file) {
    file.addEventListener("change", function () {
      if (!file.files.length) { return; }
      var reader = new FileReader();
      reader.onload = function () { document.getElementById("text").value = reader.result; };
      reader.readAsText(file.files[0]);
    });
  }
})();
