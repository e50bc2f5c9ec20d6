/* Empreinte host snippet (optional): fits each Empreinte iframe to the height it reports.
   Only an iframe of the page can resize itself, and, when this script was loaded from the
   widget's host, only one showing that host (checked on the iframe's address: a sandboxed
   iframe's messages come from origin "null"). Pasted inline, it cannot know the host. */
(function () {
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : null;
  addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "empreinte:resize") return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 100000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (origin && new URL(frame.src, location.href).origin !== origin) return;
      frame.style.height = height + "px";
    }
  });
})();
