/* pyanj map runtime, part 2: the view — panels that never cover each other or the frontier, place
 * labels that appear by zoom without colliding, a permalink of the view, keyboard access, credits.
 *
 * Label text comes from documents: it is set with textContent only.
 */
(function () {
  "use strict";
  var pyanj = window.pyanj;
  if (!pyanj || pyanj.view) { return; }

  /* layer -> [priority, first zoom]: lower priority is placed first and wins a collision */
  var LABEL_RULES = {crossings: [0, 5.5], camps: [1, 6], settlements: [2, 6], military: [3, 7.5],
                     bazaars: [3, 7.5], districts: [4, 7], districts0: [5, 9]};
  var PHONE = 600, MAX_LABELS = 150;

  function box(elm, origin) {
    var r = elm.getBoundingClientRect();
    return {x0: r.left - origin.left, y0: r.top - origin.top, x1: r.right - origin.left, y1: r.bottom - origin.top};
  }
  function hits(a, b, pad) {
    return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
  }
  pyanj.hits = hits;

  /* The panels (every Leaflet control shown), as boxes relative to the map's container. */
  pyanj.panels = function (st) {
    var c = st.map.getContainer(), origin = c.getBoundingClientRect(), out = [];
    var corners = c.querySelectorAll(":scope > .leaflet-control-container > div > .leaflet-control");
    Array.prototype.forEach.call(corners, function (e) {
      if (e.offsetWidth > 0 && e.offsetHeight > 0) { out.push(box(e, origin)); }
    });
    return out;
  };

  function cornerHeight(c, sel) {
    var e = c.querySelector(":scope > .leaflet-control-container > " + sel);
    return e ? e.offsetHeight : 0;
  }

  /* Small screens: legend folded, layer list folded, minimap hidden on phones; long panels scroll so a
     column's top and bottom stacks never meet; the credits wrap beside the scale bar. */
  pyanj.layout = function (st) {
    var map = st.map, c = map.getContainer(), W = c.clientWidth, H = c.clientHeight;
    var phone = W < PHONE, small = phone || H < 700 || W < 900;
    c.classList.toggle("pyanj-phone", phone);
    c.classList.toggle("pyanj-small", small);
    var legend = c.querySelector(".pyanj-legend"), details = legend && legend.querySelector(":scope > details");
    if (details && st.layoutSmall !== small) { details.open = !small; }
    st.layoutSmall = small;
    if (st.minimap) { st.minimap.getContainer().style.display = phone ? "none" : ""; }
    var attr = c.querySelector(".leaflet-control-attribution");
    if (attr) {
      var bl = c.querySelector(":scope > .leaflet-control-container > .leaflet-bottom.leaflet-left");
      attr.style.maxWidth = Math.max(120, W - (bl ? bl.offsetWidth : 0) - 24) + "px";
    }
    var section = st.layerControl && st.layerControl._section;
    if (section) { section.style.maxHeight = ""; }
    if (legend) { legend.style.maxHeight = ""; }
    var room = function () {
      return H - 12 - cornerHeight(c, ".leaflet-top.leaflet-right") - cornerHeight(c, ".leaflet-bottom.leaflet-right");
    };
    var over = -room();
    if (over > 0 && legend && details && details.open) {
      legend.style.maxHeight = Math.max(90, legend.offsetHeight - over) + "px";
      over = -room();
    }
    if (over > 0 && section && section.offsetHeight) {
      section.style.maxHeight = Math.max(60, section.offsetHeight - over) + "px";
      section.style.overflowY = "auto";
    }
  };

  /* The frontier fitted into the largest free space the panels leave: each side's inset is either 0 or
     the edge of a panel on that side; the inset that gives the deepest zoom without covering wins. */
  pyanj.fitFrontier = function (st, fallback) {
    var map = st.map, b = L.latLngBounds(st.data.frontier || fallback), size = map.getSize(), m = 8;
    var snap = map.options.zoomSnap;
    map.options.zoomSnap = 0.05;         // the first view as close as the panels allow; zooming snaps again
    var boxes = pyanj.panels(st), sides = {l: [0], r: [0], t: [0], b: [0]};
    boxes.forEach(function (p) {
      var cx = (p.x0 + p.x1) / 2, cy = (p.y0 + p.y1) / 2;
      (cx < size.x / 2 ? sides.l : sides.r).push(cx < size.x / 2 ? p.x1 : size.x - p.x0);
      (cy < size.y / 2 ? sides.t : sides.b).push(cy < size.y / 2 ? p.y1 : size.y - p.y0);
    });
    var best = null, widest = null;
    sides.l.forEach(function (l) { sides.r.forEach(function (r) { sides.t.forEach(function (t) {
      sides.b.forEach(function (bo) {
        var tl = L.point(l + m, t + m), br = L.point(r + m, bo + m);
        if (size.x - tl.x - br.x < 60 || size.y - tl.y - br.y < 60) { return; }
        var z = map.getBoundsZoom(b, false, tl.add(br));
        var sw = map.project(b.getSouthWest(), z), ne = map.project(b.getNorthEast(), z);
        var w = ne.x - sw.x, h = sw.y - ne.y;
        var cx = tl.x + (size.x - tl.x - br.x) / 2, cy = tl.y + (size.y - tl.y - br.y) / 2;
        var rect = {x0: cx - w / 2, x1: cx + w / 2, y0: cy - h / 2, y1: cy + h / 2};
        var free = boxes.every(function (p) { return !hits(rect, p, 2); });
        var off = Math.abs(cx - size.x / 2) + Math.abs(cy - size.y / 2);
        var cand = {z: z, tl: tl, br: br, off: off};
        if (free && (!best || z > best.z || (z === best.z && off < best.off))) { best = cand; }
        if (!widest || tl.x + br.x + tl.y + br.y > widest.tl.x + widest.br.x + widest.tl.y + widest.br.y) {
          widest = cand;
        }
      });
    }); }); });
    var pick = best || widest || {tl: L.point(m, m), br: L.point(m, m)};
    map.fitBounds(b, {paddingTopLeft: pick.tl, paddingBottomRight: pick.br, animate: false});
    map.options.zoomSnap = snap;
    st.fit = {free: !!best, padding: [pick.tl.x, pick.tl.y, pick.br.x, pick.br.y]};
  };

  /* --- permalink: #zoom/lat/lon ---------------------------------------------------------------- */
  var HASH = /^#(\d{1,2}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/;
  pyanj.readHash = function (st) {
    var h = HASH.exec(window.location.hash || "");
    if (!h) { return false; }
    var z = +h[1], lat = +h[2], lon = +h[3];
    if (lat < -85 || lat > 85 || lon < -180 || lon > 180) { return false; }
    st.map.setView([lat, lon], Math.min(Math.max(z, st.map.getMinZoom()), st.map.getMaxZoom()), {animate: false});
    return true;
  };

  function writeHash(st) {
    var c = st.map.getCenter(), z = st.map.getZoom();
    var h = "#" + (Math.round(z * 100) / 100) + "/" + c.lat.toFixed(4) + "/" + c.lng.toFixed(4);
    if (h === window.location.hash) { return; }
    try { window.history.replaceState(null, "", h); } catch (e) { /* a notebook's srcdoc frame */ }
  }

  /* --- labels ------------------------------------------------------------------------------------ */
  /* A label's text: no parenthesis; a long "A–B bridge" as "A bridge"; a long "X camps, Y district"
     as "Camps, Y district"; anything still long cut at a word. */
  function shortName(n, kind) {
    var s = String(n || "").replace(/\s*\([^)]*\)/g, "").replace(/\s+/g, " ").trim();
    if (s.length > 28 && s.indexOf("–") > 0) {
      var last = s.slice(s.lastIndexOf(" ") + 1);
      s = s.slice(0, s.indexOf("–")) + (/^[a-z]/.test(last) ? " " + last : "");
    }
    if (s.length > 28 && s.indexOf(", ") > 0) {
      s = (kind === "camps" ? "Camps, " : "") + s.slice(s.lastIndexOf(", ") + 2);
    }
    if (s.length <= 28) { return s; }
    var cut = s.lastIndexOf(" ", 27);
    return s.slice(0, cut > 10 ? cut : 27) + "…";
  }
  pyanj.shortName = shortName;

  function candidates(st) {
    var out = [];
    st.entries.forEach(function (e) {
      var rule = LABEL_RULES[e.kind];
      if (!rule || !e.layer || !e.layer.getLatLng) { return; }
      out.push({rec: e.rec, kind: e.kind, marker: e.layer, overlay: e.overlay, pri: rule[0], z: rule[1],
                size: (st.data.symbols[e.kind] || {}).size || 16});
    });
    (st.data.districts || []).forEach(function (d) {
      if (!d.lp) { return; }
      var rule = LABEL_RULES[d.k > 0 ? "districts" : "districts0"];
      out.push({rec: d, kind: "districts", ll: d.lp, overlay: "districts", pri: rule[0], z: rule[1], size: 0});
    });
    out.sort(function (a, b) {
      return a.pri - b.pri || (b.rec.k || 0) - (a.rec.k || 0) || (a.rec.n < b.rec.n ? -1 : (a.rec.n > b.rec.n ? 1 : 0));
    });
    return out;
  }

  pyanj.labels = function (st) {
    var map = st.map, pane = map.createPane("pyanjPlaceLabels");
    pane.style.zIndex = 640;
    pane.style.pointerEvents = "none";
    st.labels = candidates(st);
    st.labelPane = pane;
    map.on("zoomstart", function () { pane.style.visibility = "hidden"; });
    map.on("moveend zoomend overlayadd overlayremove resize", function () { pyanj.placeLabels(st); });
    pyanj.placeLabels(st);
  };

  function shown(st, lb, on) {
    if (!on[lb.overlay]) { return false; }
    return lb.marker ? !!(lb.marker._map && lb.marker._icon && lb.marker._icon.parentNode) : true;
  }

  /* A label's element, made when it is first placed (a clustered layer may hold many thousands). */
  function labelElement(st, lb) {
    if (!lb.el) {
      lb.el = pyanj.el("div", "pyanj-place-label pyanj-place-label-" + lb.kind, st.labelPane, shortName(lb.rec.n, lb.kind));
    }
    return lb.el;
  }

  function spotsFor(lb, p) {
    var w = lb.w, h = lb.h, s = lb.size / 2 + 3, d = lb.size / 2;
    if (!lb.marker) { return [[p.x - w / 2, p.y - h / 2]]; }
    return [[p.x + s, p.y - h / 2], [p.x - s - w, p.y - h / 2], [p.x - w / 2, p.y - s - h], [p.x - w / 2, p.y + s],
            [p.x + d, p.y - d - h], [p.x + d, p.y + d], [p.x - d - w, p.y - d - h], [p.x - d - w, p.y + d]];
  }

  /* The country and region names of the base give way to the labels of crossings and camps, and are
     not shown cut by the screen's edge. */
  function yieldBaseLabels(c, origin, placed, obstacles) {
    var W = c.clientWidth, H = c.clientHeight;
    Array.prototype.forEach.call(c.querySelectorAll(".pyanj-label"), function (e) {
      e.style.visibility = "";
      if (!e.offsetWidth) { return; }
      var b = box(e, origin), cut = b.x0 < 0 || b.y0 < 0 || b.x1 > W || b.y1 > H;
      if (cut || placed.some(function (q) { return hits(b, q, 2); })) { e.style.visibility = "hidden"; }
      else { obstacles.push(b); }
    });
  }

  /* Place labels by priority: each takes the first spot around its symbol (right, left, above, below,
     then the diagonals) free of placed labels, symbols, base labels and panels; else it is hidden. */
  pyanj.placeLabels = function (st) {
    if (!st.labels) { return; }
    var map = st.map, c = map.getContainer(), origin = c.getBoundingClientRect(), size = map.getSize();
    var z = map.getZoom(), obstacles = pyanj.panels(st), placed = [], based = false, on = {};
    Array.prototype.forEach.call(c.querySelectorAll(".pyanj-icon, .pyanj-cluster"), function (e) {
      if (e.offsetWidth > 0) { obstacles.push(box(e, origin)); }
    });
    st.overlays.forEach(function (o) { on[o.key] = map.hasLayer(o.layer); });
    var free = function (r) {
      return r.x0 >= 2 && r.y0 >= 2 && r.x1 <= size.x - 2 && r.y1 <= size.y - 2 &&
        !placed.some(function (q) { return hits(r, q, 2); }) && !obstacles.some(function (q) { return hits(r, q, 2); });
    };
    st.labels.forEach(function (lb) {
      if (lb.el) { lb.el.style.display = "none"; }
      if (!based && lb.pri > 1) { based = true; yieldBaseLabels(c, origin, placed, obstacles); }
      if (placed.length >= MAX_LABELS || z < lb.z || !shown(st, lb, on)) { return; }
      var p = map.latLngToContainerPoint(lb.marker ? lb.marker.getLatLng() : L.latLng(lb.ll));
      if (p.x < 0 || p.y < 0 || p.x > size.x || p.y > size.y) { return; }
      var el = labelElement(st, lb);
      el.style.display = "";
      if (!lb.w) { lb.w = el.offsetWidth; lb.h = el.offsetHeight; }
      var spots = spotsFor(lb, p);
      for (var i = 0; i < spots.length; i++) {
        var r = {x0: spots[i][0], y0: spots[i][1], x1: spots[i][0] + lb.w, y1: spots[i][1] + lb.h};
        if (free(r)) {
          placed.push(r);
          L.DomUtil.setPosition(el, map.containerPointToLayerPoint([r.x0, r.y0]));
          return;
        }
      }
      el.style.display = "none";
    });
    if (!based) { yieldBaseLabels(c, origin, placed, obstacles); }
    map.getPane("pyanjPlaceLabels").style.visibility = "";
    st.labelCount = placed.length;
  };

  /* Placed labels as [text, x0, y0, x1, y1] in the container (tests and the console). */
  pyanj.labelBoxes = function (st) {
    st = st || pyanj.maps[0];
    var origin = st.map.getContainer().getBoundingClientRect();
    return (st.labels || []).filter(function (lb) { return lb.el && lb.el.style.display !== "none"; }).map(function (lb) {
      var b = box(lb.el, origin);
      return [lb.el.textContent, b.x0, b.y0, b.x1, b.y1, lb.kind];
    });
  };

  /* --- keyboard: Tab reaches every marker, Enter or Space opens its popup ------------------------ */
  pyanj.keyboardMarker = function (st, marker, rec, kind) {
    marker.on("add", function () {
      var e = marker.getElement();
      if (!e || e._pyanjKeys) { return; }
      e._pyanjKeys = true;
      e.setAttribute("aria-label", (rec.n || "") + (rec.k ? ", " + rec.k + " mention" + (rec.k === 1 ? "" : "s") : ""));
      L.DomEvent.on(e, "keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") {
          L.DomEvent.preventDefault(ev);
          pyanj.openPopup(st, rec, kind, marker.getLatLng());
        }
      });
    });
  };

  /* --- the view: credits, layout, first view (permalink or fitted frontier), labels ------------ */
  pyanj.view = function (st, fallback) {
    var map = st.map;
    if (map.attributionControl && st.opts.credits) { map.attributionControl.addAttribution(st.opts.credits); }
    pyanj.layout(st);
    if (!pyanj.readHash(st)) { pyanj.fitFrontier(st, fallback); }
    map.on("moveend", function () { writeHash(st); });
    window.addEventListener("hashchange", function () { pyanj.readHash(st); });
    map.on("resize", function () { pyanj.layout(st); });
    pyanj.labels(st);
  };
})();
