/* pyanj map runtime: builds layers, popups, tooltips, legend and timeline from the map's data.
 *
 * Security: every string that comes from a document (names, sentences, titles, URLs, flags) is put
 * on the page with textContent / createTextNode, never innerHTML, and a link is made only from an
 * http(s) address.  The only markup inserted as HTML is the map's own (symbols, escaped legend).
 */
(function () {
  "use strict";
  if (window.pyanj) { return; }
  var pyanj = window.pyanj = {maps: []};

  var TYPE_LABEL = {
    crossing: "Border crossing", bazaar: "Cross-border bazaar", camp: "Militant camp(s)", military: "Military site",
    settlement: "Settlement", facility: "Facility", physical: "Physical feature", region: "Region", road: "Road",
    coordinate: "Coordinate given in a text", admin2: "District", admin1: "Province / region", river: "River"
  };
  var COUNTRY = {AF: "Afghanistan", TJ: "Tajikistan", UZ: "Uzbekistan", PK: "Pakistan", CN: "China",
                 KG: "Kyrgyzstan", TM: "Turkmenistan", IR: "Iran", RU: "Russia", IN: "India", KZ: "Kazakhstan"};
  var PRECISION = {
    exact: "exact point", minute: "within about 1 km (the source gives whole minutes)",
    settlement: "settlement (its centre)", district: "district only",
    province: "province only", region: "region only", country: "country only"
  };
  var SAFE_URL = /^https?:\/\/[^\s"'<>`\\]+$/i;

  function el(tag, cls, parent, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  pyanj.el = el;

  function countryName(c) {
    if (!c) { return ""; }
    return String(c).split(";").map(function (x) { return COUNTRY[x] || x; }).join(" / ");
  }

  function precisionText(rec) {
    var p = PRECISION[rec.p] || rec.p || "";
    if (!rec.a) { return p; }
    if (rec.g >= 0 || rec.geo) { return p + ": drawn as the whole area, not as a point"; }
    if (rec.r) { return p + ": drawn as a dashed circle of ±" + Math.round(rec.r / 1000) + " km"; }
    return p;
  }

  function quoteNode(st, q, parent) {
    var li = el("li", "pyanj-quote", parent);
    var bq = el("blockquote", null, li);
    var s = st.data.sentences[q[0]] || "", a = q[1], b = q[2];
    if (a >= 0 && b > a) {
      bq.appendChild(document.createTextNode(s.slice(0, a)));
      el("mark", null, bq, s.slice(a, b));
      bq.appendChild(document.createTextNode(s.slice(b)));
    } else {
      bq.appendChild(document.createTextNode(s));
    }
    var doc = st.data.docs[q[3]] || ["", "", "", ""];
    var cite = el("div", "pyanj-cite", li, "— ");
    var label = doc[1] || doc[0] || "unnamed document";
    if (doc[2] && SAFE_URL.test(doc[2])) {
      var link = el("a", null, cite, label);
      link.setAttribute("href", doc[2]);
      link.setAttribute("target", "_blank");
      link.setAttribute("rel", "noopener noreferrer nofollow");
    } else {
      el("span", "pyanj-doc", cite, label);
    }
    if (doc[3]) { cite.appendChild(document.createTextNode(", " + doc[3])); }
    return li;
  }

  function row(parent, label, value) {
    if (value === undefined || value === null || value === "") { return; }
    var r = el("div", "pyanj-row", parent);
    el("span", "pyanj-key", r, label + ": ");
    el("span", "pyanj-val", r, value);
  }

  /* The popup of one place (or district / province / river): a DOM node, built when opened. */
  pyanj.popup = function (st, rec, kind) {
    var d = el("div", "pyanj-popup");
    el("div", "pyanj-pop-name", d, rec.n || "(unnamed)");
    var type = kind === "district" ? "District" : (TYPE_LABEL[rec.t] || rec.t);
    row(d, "Type", type);
    row(d, "Country", countryName(rec.c));
    if (rec.pv) { row(d, "Province", rec.pv); }
    if (kind === "district") {
      row(d, "Mentions", String(rec.k) + (rec.k ? " (the district itself: " + rec.own + "; places in it: " +
          (rec.k - rec.own) + ")" : ""));
      if (rec.pl && rec.pl.length) { row(d, "Places named in it", rec.pl.join(", ")); }
      row(d, "Boundary from", rec.cs);
    } else {
      row(d, "Precision", precisionText(rec));
      row(d, "Coordinate from", rec.cs);
      row(d, "Mentions", String(rec.k));
      if (rec.cf) { row(d, "Confidence", rec.cf.toFixed(2)); }
    }
    if (rec.v && rec.v.length) { row(d, "Also written", rec.v.join(" · ")); }
    if (rec.f && rec.f.length) {
      var fl = el("ul", "pyanj-flags", d);
      rec.f.forEach(function (f) {
        el("li", null, fl, String(f).replace(/^[a-z_]+/, function (w) { return w.replace(/_/g, " "); }));
      });
    }
    if (rec.q && rec.q.length) {
      var ol = el("ol", "pyanj-quotes", d);
      var shown = Math.min(rec.q.length, 5);
      for (var i = 0; i < shown; i++) { quoteNode(st, rec.q[i], ol); }
      var more = Math.max(rec.k, rec.q.length) - shown;
      if (more > 0) { el("div", "pyanj-more", d, "… and " + more + " more mention" + (more > 1 ? "s" : "")); }
    }
    return d;
  };

  function tooltipText(rec, kind) {
    var t = rec.n || "";
    if (kind === "district") { return t + " — " + rec.k + " mention" + (rec.k === 1 ? "" : "s"); }
    return t + (rec.k ? " (" + rec.k + ")" : "") + (rec.a ? " ≈" : "");
  }

  /* Columns (see pyanj/render/model.py: columnar) back into one object per place. */
  pyanj.rows = function (col) {
    if (!col || Array.isArray(col)) { return col || []; }
    var n = col.n.length, out = new Array(n), tb = col.tables, sp = col.sp || {};
    for (var i = 0; i < n; i++) {
      var r = {n: col.n[i], k: col.k[i], q: col.q[i], ll: [col.y[i], col.x[i]], cf: col.cf[i] / 100,
               t: tb.t[col.t[i]], c: tb.c[col.c[i]], p: tb.p[col.p[i]], v: [], f: [], a: 0, r: 0, g: -1};
      var e = sp[i];
      if (e) { for (var k in e) { if (Object.prototype.hasOwnProperty.call(e, k)) { r[k] = e[k]; } } }
      out[i] = r;
    }
    return out;
  };

  /* Leaflet's default marker (used by plugins) from data: URIs: its image path detection would
     otherwise ask for "marker-icon.png" beside the HTML file once the stylesheet is inlined. */
  function defaultIcon() {
    var pin = '<svg xmlns="http://www.w3.org/2000/svg" width="25" height="41" viewBox="0 0 25 41">' +
      '<path d="M12.5 1C6 1 1 6 1 12.5 1 21 12.5 40 12.5 40S24 21 24 12.5C24 6 19 1 12.5 1Z" fill="#555" ' +
      'stroke="#fff" stroke-width="1.5"/><circle cx="12.5" cy="12.5" r="4.5" fill="#fff"/></svg>';
    var url = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(pin);
    var none = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==";
    L.Icon.Default.imagePath = "";
    L.Icon.Default.mergeOptions({iconUrl: url, iconRetinaUrl: url, shadowUrl: none, shadowRetinaUrl: none});
  }

  /* --- map state ------------------------------------------------------------------------- */
  pyanj.init = function (map, data, opts) {
    defaultIcon();
    var st = {map: map, data: data, opts: opts || {}, overlays: [], bases: [], entries: [], search: {},
              pending: 0, t0: (window.performance ? performance.now() : 0)};
    Object.keys(data.layers || {}).forEach(function (k) { data.layers[k] = pyanj.rows(data.layers[k]); });
    map._pyanj = st;
    pyanj.maps.push(st);
    // folium leaves zoom limits to tile layers; clustering needs a maximum, and the data support zoom 12
    map.setMaxZoom(st.opts.maxZoom || 18);
    if (st.opts.minZoom) { map.setMinZoom(st.opts.minZoom); }
    [["pyanjCountries", 150], ["pyanjRelief", 160], ["pyanjAreas", 390], ["pyanjWater", 420],
     ["pyanjLines", 430], ["pyanjLabels", 440]].forEach(function (p) {
      var pane = map.createPane(p[0]);
      pane.style.zIndex = p[1];
      if (p[0] === "pyanjLabels" || p[0] === "pyanjRelief") { pane.style.pointerEvents = "none"; }
    });
    st.tip = L.tooltip({direction: "top", offset: [0, -10], className: "pyanj-tooltip"});
    st.pop = {maxWidth: 400, minWidth: 260, maxHeight: 360, autoPanPadding: [30, 30], className: "pyanj-leaflet-popup"};
    map.getContainer().classList.add("pyanj-map");
    return st;
  };

  function hover(st, layer, kind, rec, latlngOf) {
    layer.on("mouseover", function (e) {
      st.tip.setContent(document.createTextNode(tooltipText(rec, kind)));
      st.tip.setLatLng(latlngOf ? latlngOf(e) : e.latlng);
      st.map.openTooltip(st.tip);
    });
    layer.on("mouseout", function () { st.map.closeTooltip(st.tip); });
  }

  pyanj.openPopup = function (st, rec, kind, latlng) {
    st.map.closeTooltip(st.tip);
    L.popup(st.pop).setLatLng(latlng).setContent(pyanj.popup(st, rec, kind)).openOn(st.map);
  };

  pyanj.addOverlay = function (st, key, label, layer, show, counts) {
    var entry = {key: key, label: label, layer: layer, counts: counts || {markers: 0, paths: 0}};
    st.overlays.push(entry);
    if (show) { layer.addTo(st.map); }
    return entry;
  };

  /* --- offline base --------------------------------------------------------------------- */
  pyanj.base = function (st, base, relief) {
    var map = st.map;
    L.geoJSON(base.countries, {
      pane: "pyanjCountries", interactive: false,
      style: function (f) {
        var iso = f.properties.iso2;
        return {color: "#9a9288", weight: 0.8, fillOpacity: 1,
                fillColor: iso === "AF" ? "#f3ede1" : (iso === "TJ" ? "#e9efe0" : "#e4e2de")};
      }
    }).addTo(map);
    if (relief) {
      st.relief = L.imageOverlay(relief.url, relief.bounds, {pane: "pyanjRelief", opacity: 0.6, interactive: false,
                                                              className: "pyanj-relief"}).addTo(map);
    }
    L.geoJSON(base.borders, {pane: "pyanjLines", interactive: false,
      style: {color: "#6b6b6b", weight: 1.4, dashArray: "5 3 1 3", opacity: 0.9}}).addTo(map);
    L.geoJSON(base.rivers, {pane: "pyanjWater", interactive: false,
      style: function (f) {
        return f.properties.major ? {color: "#3d8fd1", weight: 5, opacity: 0.9, lineCap: "round"}
                                  : {color: "#6aaee0", weight: 2.5, opacity: 0.85};
      }}).addTo(map);
    L.geoJSON(base.border, {pane: "pyanjLines", interactive: false,
      style: {color: "#1a1a1a", weight: 2, dashArray: "8 4 2 4", opacity: 0.95}}).addTo(map);
    (base.labels || []).forEach(function (lb) {
      L.marker([lb[0], lb[1]], {pane: "pyanjLabels", interactive: false, keyboard: false,
        icon: L.divIcon({className: "pyanj-label pyanj-label-" + lb[3], html: "", iconSize: null})})
        .addTo(map).getElement().textContent = lb[2];
    });
  };

  pyanj.tiles = function (st, tiles, selected) {
    var none = L.layerGroup();
    st.bases.push({label: "Bundled base only (no tiles)", layer: none});
    var chosen = none;
    tiles.forEach(function (t) {
      var layer = L.tileLayer(t.url, {attribution: t.attribution, maxZoom: t.maxZoom || 18,
                                      subdomains: t.subdomains || "abc", opacity: t.opacity || 1});
      st.bases.push({label: t.label, layer: layer});
      if (t.key === selected) { chosen = layer; }
    });
    chosen.addTo(st.map);
  };

  /* --- districts choropleth ------------------------------------------------------------- */
  pyanj.classOf = function (st, k) {
    var br = st.data.breaks || [];
    if (!k) { return -1; }
    for (var i = br.length - 1; i >= 0; i--) { if (k >= br[i]) { return i; } }
    return 0;
  };

  pyanj.choropleth = function (st, show) {
    var colors = st.data.colors, fc = {type: "FeatureCollection", features: []}, paths = 0;
    st.data.districts.forEach(function (d) { fc.features.push({type: "Feature", geometry: d.geo, properties: d}); });
    var layer = L.geoJSON(fc, {
      pane: "pyanjAreas",
      style: function (f) {
        var c = pyanj.classOf(st, f.properties.k);
        return c < 0 ? {color: "#8c8c8c", weight: 0.6, fillColor: "#ffffff", fillOpacity: 0.04, className: "pyanj-district pyanj-district-0"}
                     : {color: "#7a4b1f", weight: 0.9, fillColor: colors[c], fillOpacity: 0.6,
                        className: "pyanj-district pyanj-district-shaded"};
      },
      onEachFeature: function (f, l) {
        paths++;
        var rec = f.properties;
        hover(st, l, "district", rec);
        l.on("click", function (e) { pyanj.openPopup(st, rec, "district", e.latlng); });
        st.search[rec.n + " (district)"] = {rec: rec, kind: "district", layer: l, overlay: "districts"};
      }
    });
    var shaded = st.data.districts.filter(function (d) { return d.k > 0; }).length;
    pyanj.addOverlay(st, "districts", "Districts shaded by mentions", layer, show, {markers: 0, paths: paths, n: shaded});
  };

  /* --- areas: provinces and rivers named in the texts ------------------------------------ */
  pyanj.areas = function (st, key, label, kind, show) {
    var recs = st.data[key], group = L.featureGroup(), paths = 0;
    recs.forEach(function (rec) {
      var style = kind === "river" ? {color: "#0b63b5", weight: 7, opacity: 0.55, className: "pyanj-river"}
                                   : {color: "#6a3d9a", weight: 2.2, dashArray: "6 5", fill: false,
                                      className: "pyanj-province"};
      L.geoJSON(rec.geo, {pane: kind === "river" ? "pyanjWater" : "pyanjAreas", style: style,
        onEachFeature: function (f, l) {
          paths++;
          hover(st, l, kind, rec);
          l.on("click", function (e) { pyanj.openPopup(st, rec, kind, e.latlng); });
          st.search[rec.n + " (" + kind + ")"] = {rec: rec, kind: kind, layer: l, overlay: key};
        }}).addTo(group);
    });
    pyanj.addOverlay(st, key, label, group, show, {markers: 0, paths: paths});
  };

  /* --- point layers ---------------------------------------------------------------------- */
  function icon(st, key, approx) {
    var cacheKey = key + (approx ? "~" : "");
    st.icons = st.icons || {};
    if (!st.icons[cacheKey]) {
      var sym = st.data.symbols[key], s = sym.size;
      st.icons[cacheKey] = L.divIcon({html: approx ? sym.approx : sym.svg, iconSize: [s, s], iconAnchor: [s / 2, s / 2],
                                      className: "pyanj-icon pyanj-icon-" + key + (approx ? " pyanj-approx" : "")});
    }
    return st.icons[cacheKey];
  }

  function recDates(st, rec) {
    var out = [];
    (rec.q || []).forEach(function (q) { var d = (st.data.docs[q[3]] || [])[3]; out.push(d || ""); });
    return out;
  }

  /* A canvas of dots for very many points: no object per point, a grid for hit-testing. */
  var Dots = L.Layer.extend({
    initialize: function (st, key, recs, color) {
      this._st = st; this._key = key; this._recs = recs; this._color = color; this._filter = null;
    },
    onAdd: function (map) {
      this._canvas = L.DomUtil.create("canvas", "pyanj-dots");
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this._redraw, this);
      map.on("zoomstart", this._hide, this);
      // a dot wins over the district under it: listen before Leaflet's own (bubbling) handler
      this._onClick = L.bind(this._click, this);
      map.getContainer().addEventListener("click", this._onClick, true);
      map.on("mousemove", this._move, this);
      this._redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize viewreset", this._redraw, this);
      map.off("zoomstart", this._hide, this);
      map.getContainer().removeEventListener("click", this._onClick, true);
      map.off("mousemove", this._move, this);
    },
    _hide: function () { this._canvas.style.visibility = "hidden"; },
    setFilter: function (f) { this._filter = f; if (this._map) { this._redraw(); } },
    _redraw: function () {
      var map = this._map;
      if (!map) { return; }
      var size = map.getSize(), c = this._canvas, ctx = c.getContext("2d");
      c.width = size.x; c.height = size.y; c.style.visibility = "";
      L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
      var z = map.getZoom(), r = z >= 10 ? 4.5 : (z >= 8.5 ? 3.2 : 2.2), outline = z >= 8.5;
      ctx.fillStyle = this._color; ctx.strokeStyle = "#fff"; ctx.lineWidth = 1; ctx.globalAlpha = 0.85;
      var grid = this._grid = {}, recs = this._recs;
      for (var i = 0; i < recs.length; i++) {
        var rec = recs[i];
        if (this._filter && !this._filter(rec)) { continue; }
        var p = map.latLngToContainerPoint(rec.ll);
        if (p.x < -5 || p.y < -5 || p.x > size.x + 5 || p.y > size.y + 5) { continue; }
        ctx.beginPath(); ctx.arc(p.x, p.y, r, 0, 6.2832); ctx.fill();
        if (outline) { ctx.stroke(); }
        var gk = (p.x >> 3) + ":" + (p.y >> 3);
        (grid[gk] || (grid[gk] = [])).push(i);
      }
    },
    _hit: function (pt) {
      var best = null, bd = 64, gx = pt.x >> 3, gy = pt.y >> 3;
      for (var dx = -1; dx <= 1; dx++) {
        for (var dy = -1; dy <= 1; dy++) {
          var cell = this._grid && this._grid[(gx + dx) + ":" + (gy + dy)];
          if (!cell) { continue; }
          for (var j = 0; j < cell.length; j++) {
            var p = this._map.latLngToContainerPoint(this._recs[cell[j]].ll), d = p.distanceTo(pt);
            if (d * d < bd) { bd = d * d; best = this._recs[cell[j]]; }
          }
        }
      }
      return best;
    },
    _click: function (ev) {
      if (ev.target && ev.target.closest && ev.target.closest(".leaflet-control, .leaflet-popup, .leaflet-marker-icon")) {
        return;
      }
      var rec = this._hit(this._map.mouseEventToContainerPoint(ev));
      if (rec) {
        ev.stopPropagation();
        pyanj.openPopup(this._st, rec, this._key, L.latLng(rec.ll));
      }
    },
    _move: function (e) {
      var rec = this._hit(e.containerPoint), st = this._st;
      this._map.getContainer().style.cursor = rec ? "pointer" : "";
      if (rec) {
        st.tip.setContent(document.createTextNode(tooltipText(rec, this._key)));
        st.tip.setLatLng(rec.ll); st.map.openTooltip(st.tip); this._tipOn = true;
      } else if (this._tipOn) { st.map.closeTooltip(st.tip); this._tipOn = false; }
    }
  });

  function uncertainty(st, key, rec, areas) {
    var color = st.data.symbols[key].color, shape = null;
    var ring = {color: color, weight: 2.5, dashArray: "6 6", fillColor: color, fillOpacity: 0.1, pane: "pyanjAreas",
                className: "pyanj-uncertainty pyanj-uncertainty-" + key};
    if (rec.g >= 0) { shape = L.geoJSON(st.data.shapes[rec.g], {style: ring}); }
    else if (rec.r) { shape = L.circle(rec.ll, L.extend({radius: rec.r}, ring)); }
    if (shape) {
      shape.addTo(areas);
      hover(st, shape, key, rec);
      shape.on("click", function (e) { pyanj.openPopup(st, rec, key, e.latlng); });
    }
    return shape;
  }

  pyanj.canvasPoints = function (st, key, label, show) {
    var recs = st.data.layers[key] || [], dots = new Dots(st, key, recs, st.data.symbols[key].color);
    var areas = L.featureGroup(), paths = 0;
    recs.forEach(function (rec) {
      var entry = {rec: rec, kind: key, layer: null, overlay: key, shapes: [], dates: null};
      if (rec.a && uncertainty(st, key, rec, areas)) { paths++; }
      st.entries.push(entry);
      if (!st.search[rec.n]) { st.search[rec.n] = entry; }
    });
    var group = L.layerGroup([areas, dots]);
    var e = pyanj.addOverlay(st, key, label, group, show, {markers: recs.length, paths: paths});
    e.dots = dots;
  };

  pyanj.points = function (st, key, label, show, clusterAt, mode) {
    if (mode === "canvas") { return pyanj.canvasPoints(st, key, label, show); }
    var recs = st.data.layers[key] || [], color = st.data.symbols[key].color;
    var big = recs.length > clusterAt && typeof L.markerClusterGroup === "function";
    var markers = big ? L.markerClusterGroup({
      chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 70, spiderfyOnMaxZoom: true,
      iconCreateFunction: function (c) {
        var n = c.getChildCount(), s = n < 100 ? 30 : (n < 1000 ? 36 : 44);
        return L.divIcon({html: '<div style="background:' + color + '"><span>' + (n | 0) + "</span></div>",
                          className: "pyanj-cluster pyanj-cluster-" + key, iconSize: [s, s]});
      }
    }) : L.featureGroup();
    var areas = L.featureGroup(), group = L.featureGroup([areas, markers]), list = [], paths = 0;
    recs.forEach(function (rec) {
      var m = L.marker(rec.ll, {icon: icon(st, key, rec.a), keyboard: true, riseOnHover: true});
      m._pyanjRec = rec;
      pyanj.keyboardMarker(st, m, rec, key);
      list.push(m);
      var entry = {rec: rec, kind: key, layer: m, overlay: key, cluster: big ? markers : null, shapes: [],
                   dates: recDates(st, rec)};
      if (rec.a) {
        var shape = uncertainty(st, key, rec, areas);
        if (shape) { paths++; entry.shapes.push(shape); }
      }
      st.entries.push(entry);
      st.search[rec.n] = st.search[rec.n] ? st.search[rec.n] : entry;
      (rec.v || []).forEach(function (v) { if (!st.search[v]) { st.search[v] = entry; } });
    });
    markers.on("click", function (e) {
      var m = e.propagatedFrom || e.layer;
      if (m && m._pyanjRec) { pyanj.openPopup(st, m._pyanjRec, key, m.getLatLng()); }
    });
    markers.on("mouseover", function (e) {
      var m = e.propagatedFrom || e.layer;
      if (!m || !m._pyanjRec) { return; }
      st.tip.setContent(document.createTextNode(tooltipText(m._pyanjRec, key)));
      st.tip.setLatLng(m.getLatLng());
      st.map.openTooltip(st.tip);
    });
    markers.on("mouseout", function () { st.map.closeTooltip(st.tip); });
    if (big) {
      var loaded = !show;                 // a hidden layer clusters when shown: not awaited
      if (!loaded) { st.pending++; }
      markers.options.chunkProgress = function (done, total) {
        if (done === total && !loaded) { loaded = true; st.pending--; pyanj.checkReady(st); }
      };
      markers.addLayers(list);
    } else {
      list.forEach(function (m) { markers.addLayer(m); });
    }
    var e = pyanj.addOverlay(st, key, label, group, show, {markers: list.length, paths: paths});
    e.markers = markers; e.areas = areas; e.list = list; e.big = big;
  };

  /* --- coordinate conflicts --------------------------------------------------------------- */
  pyanj.conflicts = function (st, label, show) {
    var group = L.featureGroup();
    st.data.conflicts.forEach(function (c) {
      var line = L.polyline([c[0], c[1]], {color: "#d7301f", weight: 2.5, dashArray: "2 6", lineCap: "round",
                                           pane: "pyanjLines", className: "pyanj-conflict"}).addTo(group);
      line.on("mouseover", function (e) {
        st.tip.setContent(document.createTextNode(c[2])); st.tip.setLatLng(e.latlng); st.map.openTooltip(st.tip);
      });
      line.on("mouseout", function () { st.map.closeTooltip(st.tip); });
    });
    pyanj.addOverlay(st, "conflicts", label, group, show, {markers: 0, paths: st.data.conflicts.length});
  };

  /* --- other overlays from a layers directory -------------------------------------------- */
  pyanj.extra = function (st, key, label, show) {
    var paths = 0;
    var layer = L.geoJSON(st.data.extra[key], {pane: "pyanjAreas",
      style: {color: "#555", weight: 1.5, dashArray: "3 4", fillOpacity: 0.03},
      pointToLayer: function (f, ll) { return L.circleMarker(ll, {radius: 4, color: "#555"}); },
      onEachFeature: function (f, l) { paths++; hover(st, l, key, {n: f.properties.name || key, k: 0}); }});
    pyanj.addOverlay(st, key, label, layer, show, {markers: 0, paths: paths});
  };

  /* --- controls ---------------------------------------------------------------------------- */
  pyanj.control = function (st, nodeId, position, cls) {
    var node = document.getElementById(nodeId);
    if (!node) { return null; }
    var Ctl = L.Control.extend({onAdd: function () {
      var c = L.DomUtil.create("div", "leaflet-control " + (cls || ""));
      node.style.display = "";
      c.appendChild(node);
      L.DomEvent.disableClickPropagation(c);
      L.DomEvent.disableScrollPropagation(c);
      return c;
    }});
    return new Ctl({position: position}).addTo(st.map);
  };

  pyanj.layerControl = function (st) {
    var bases = {}, overlays = {};
    st.bases.forEach(function (b) { bases[b.label] = b.layer; });
    st.overlays.forEach(function (o) {
      var sym = (st.data.symbols[o.key] || {}).svg || "";
      var n = o.counts.n !== undefined ? o.counts.n : (o.counts.markers || o.counts.paths);
      var name = '<span class="pyanj-lc" data-key="' + pyanj.esc(o.key) + '">' + (sym ? '<span class="pyanj-lc-sym">' + sym +
                 "</span>" : "") + pyanj.esc(o.label) + ' <span class="pyanj-lc-n">' + (n | 0) + "</span></span>";
      overlays[name] = o.layer;
    });
    st.layerControl = L.control.layers(bases, overlays, {collapsed: !!st.opts.collapseLayers || st.map.getSize().x < 600,
                                                  position: "topright"})
      .addTo(st.map);
  };

  pyanj.esc = function (s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  };

  /* Show the overlay holding an entry, bring its marker into view and open its popup. */
  pyanj.reveal = function (st, entry) {
    var o = st.overlays.filter(function (x) { return x.key === entry.overlay; })[0];
    if (o && !st.map.hasLayer(o.layer)) { o.layer.addTo(st.map); }
    var l = entry.layer;
    if (!l) {
      st.map.setView(entry.rec.ll, Math.max(st.map.getZoom(), 9));
      pyanj.openPopup(st, entry.rec, entry.kind, L.latLng(entry.rec.ll));
    } else if (l.getLatLng) {
      var open = function () { pyanj.openPopup(st, entry.rec, entry.kind, l.getLatLng()); };
      if (entry.cluster) { entry.cluster.zoomToShowLayer(l, open); }
      else { st.map.setView(l.getLatLng(), Math.max(st.map.getZoom(), 9)); open(); }
    } else if (l.getBounds) {
      st.map.fitBounds(l.getBounds(), {maxZoom: 9});
      pyanj.openPopup(st, entry.rec, entry.kind, l.getBounds().getCenter());
    }
  };

  pyanj.search = function (st) {
    if (!L.Control.Search) { return; }
    var records = null;
    function build() {
      records = {};
      Object.keys(st.search).forEach(function (name) {
        var e = st.search[name];
        var ll = !e.layer ? L.latLng(e.rec.ll) : (e.layer.getLatLng ? e.layer.getLatLng() : e.layer.getBounds().getCenter());
        var rec = L.latLng(ll.lat, ll.lng);
        rec.layer = e.layer || undefined; rec._entry = e;
        records[name] = rec;
      });
      return records;
    }
    st.searchControl = new L.Control.Search({
      position: "topright", textPlaceholder: "Search a place…", initial: false, marker: false, zoom: 9,
      autoCollapse: true, collapsed: true, minLength: 1, tipAutoSubmit: true, autoType: false,
      sourceData: function (text, callResponse) { callResponse(records || build()); return {abort: function () {}}; },
      formatData: function (json) { return json; },
      buildTip: function (text) { var li = L.DomUtil.create("li", ""); li.textContent = text; return li; },
      moveToLocation: function (latlng) { if (latlng && latlng._entry) { pyanj.reveal(st, latlng._entry); } }
    });
    st.map.addControl(st.searchControl);
  };

  /* --- timeline: show places mentioned in documents dated within a range ----------------- */
  pyanj.timeline = function (st, nodeId) {
    var dates = st.data.dates;
    if (!dates || !dates.length) { return; }
    var ctl = pyanj.control(st, nodeId, "bottomleft", "pyanj-timeline leaflet-bar");
    if (!ctl) { return; }
    var node = document.getElementById(nodeId);
    var from = node.querySelector("input.pyanj-from"), to = node.querySelector("input.pyanj-to");
    var out = node.querySelector(".pyanj-range");
    from.max = to.max = String(dates.length - 1);
    from.value = "0"; to.value = String(dates.length - 1);
    function apply() {
      var a = +from.value, b = +to.value;
      if (a > b) { var t = a; a = b; b = t; }
      var lo = dates[a], hi = dates[b];
      out.textContent = lo === hi ? lo : lo + " – " + hi;
      st.overlays.forEach(function (o) {
        if (o.dots) {
          o.dots.setFilter(function (rec) {
            var ds = recDates(st, rec);
            if (!ds.length) { return true; }
            for (var i = 0; i < ds.length; i++) { if (!ds[i] || (ds[i] >= lo && ds[i] <= hi)) { return true; } }
            return false;
          });
          return;
        }
        if (!o.list) { return; }
        var keep = [], drop = [];
        o.list.forEach(function (m) {
          var ds = recDates(st, m._pyanjRec), show = !ds.length;
          for (var i = 0; i < ds.length && !show; i++) { show = !ds[i] || (ds[i] >= lo && ds[i] <= hi); }
          (show ? keep : drop).push(m);
        });
        if (o.big) { o.markers.removeLayers(drop); o.markers.addLayers(keep.filter(function (m) { return !o.markers.hasLayer(m); })); }
        else {
          drop.forEach(function (m) { o.markers.removeLayer(m); });
          keep.forEach(function (m) { if (!o.markers.hasLayer(m)) { o.markers.addLayer(m); } });
        }
      });
      st.timelineRange = [lo, hi];
      if (pyanj.placeLabels) { pyanj.placeLabels(st); }
    }
    from.addEventListener("input", apply); to.addEventListener("input", apply);
    apply();
  };

  pyanj.minimap = function (st, base) {
    if (!L.Control.MiniMap) { return; }
    var layer = L.layerGroup([
      L.geoJSON(base.countries, {interactive: false, style: function (f) {
        var iso = f.properties.iso2;
        return {color: "#9a9288", weight: 0.6, fillOpacity: 1,
                fillColor: iso === "AF" ? "#f3ede1" : (iso === "TJ" ? "#e9efe0" : "#e4e2de")};
      }}),
      L.geoJSON(base.border, {interactive: false, style: {color: "#1a1a1a", weight: 1.5}})
    ]);
    st.minimap = new L.Control.MiniMap(layer, {position: "bottomright", toggleDisplay: true, zoomLevelOffset: -4,
                                               width: 140, height: 110, collapsedWidth: 22, collapsedHeight: 22})
      .addTo(st.map);
  };

  pyanj.checkReady = function (st) {
    if (st.pending > 0 || !st.built) { return; }
    st.readyMs = (window.performance ? performance.now() : 0);
    window.__pyanjReady = true;
    window.__pyanjReadyMs = st.readyMs;
  };

  pyanj.finish = function (st) {
    st.overlays.forEach(function (o) { if (o.dots) { o.dots._redraw(); } });
    st.built = true;
    pyanj.checkReady(st);
  };

  /* Counts per overlay, for tests and the console: {key: {markers, paths, shown}}. */
  pyanj.stats = function (st) {
    st = st || pyanj.maps[0];
    var out = {};
    st.overlays.forEach(function (o) {
      out[o.key] = {markers: o.counts.markers, paths: o.counts.paths, shown: st.map.hasLayer(o.layer)};
    });
    return out;
  };
})();
