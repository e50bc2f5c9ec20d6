/* Empreinte host snippet (optional): fits each Empreinte iframe to the height it reports.
   Trusts only messages from the origin this script was loaded from, sent by one of the
   page's own iframes. */
(function () {
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src).origin;
  addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "empreinte:resize") return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = height + "px";
    }
  });
})();
