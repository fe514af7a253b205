/* The chamber as a hemicycle: seat positions for n seats, and an SVG drawing of groups of seats.
 *
 * Seats sit in concentric half-rings between an inner radius and the outer one (1), one seat
 * pitch apart. The rings are the fewest that hold n seats, with the smallest inner radius that
 * still does (so the seats are as large and as evenly spaced as they can be); the seats are
 * shared among the rings in proportion to their length, then ordered by angle, left to right,
 * so that each group (a party) takes one wedge of the chamber. */
"use strict";

window.Hemicycle = (() => {
  const INNER = [0.3, 0.55]; // the range of the inner radius, as a share of the outer one
  const SEAT = 0.4; // a seat's radius, as a share of the pitch between rings
  const SVG_NS = "http://www.w3.org/2000/svg";
  const layouts = new Map();

  const sum = (values) => values.reduce((a, b) => a + b, 0);

  /* `count` rings from `inner` out: their radii, pitch and how many seats each holds. */
  function plan(count, inner) {
    const pitch = (1 - inner) / count;
    const radii = Array.from({ length: count }, (_, i) => inner + pitch * (i + 0.5));
    const room = radii.map((radius) => Math.floor((Math.PI * radius) / pitch) + 1);
    return { pitch, radii, room };
  }

  /* The fewest rings that hold n seats, from the smallest inner radius that holds them. */
  function rings(n) {
    for (let count = 1; ; count++) {
      for (let inner = INNER[0]; inner <= INNER[1] + 1e-9; inner += 0.01) {
        const candidate = plan(count, inner);
        if (sum(candidate.room) >= n) return candidate;
      }
    }
  }

  /* Seats per ring: in proportion to its room, largest remainders first (outer rings on ties). */
  function share(n, room) {
    const total = sum(room);
    const counts = room.map((r) => Math.floor((r * n) / total));
    const order = room
      .map((r, i) => ({ i, rest: (r * n) / total - counts[i] }))
      .sort((a, b) => b.rest - a.rest || b.i - a.i);
    order.slice(0, n - sum(counts)).forEach(({ i }) => { counts[i] += 1; });
    return counts;
  }

  /* n seat positions {x, y, r} (y up), left to right; the same n is laid out once. */
  function layout(n) {
    if (!layouts.has(n)) {
      const seats = [];
      if (n > 0) {
        const { pitch, radii, room } = rings(n);
        share(n, room).forEach((k, i) => {
          for (let j = 0; j < k; j++) {
            const angle = k === 1 ? Math.PI / 2 : Math.PI * (1 - j / (k - 1));
            seats.push({ angle, radius: radii[i], r: SEAT * pitch });
          }
        });
        seats.sort((a, b) => b.angle - a.angle || a.radius - b.radius);
      }
      layouts.set(n, seats.map(({ angle, radius, r }) => ({
        x: radius * Math.cos(angle), y: radius * Math.sin(angle), r,
      })));
    }
    return layouts.get(n);
  }

  function element(name, attributes) {
    const node = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    return node;
  }

  /* Draw groups [{id, seats, colour, hollow}] into `svg`, left to right, `middle` written in
   * the centre. Hollow groups are seats tied between parties. */
  function draw(svg, groups, middle) {
    const seats = layout(sum(groups.map((g) => g.seats)));
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const group of groups) {
      for (let k = 0; k < group.seats; k++) {
        const seat = seats[at++];
        const circle = element("circle", {
          cx: seat.x.toFixed(4),
          cy: (-seat.y).toFixed(4),
          r: (group.hollow ? seat.r * 0.8 : seat.r).toFixed(4),
          class: group.hollow ? "seat tied" : "seat",
          "data-party": group.id,
        });
        if (group.hollow) circle.setAttribute("stroke-width", (seat.r * 0.35).toFixed(4));
        else circle.setAttribute("fill", group.colour);
        fragment.appendChild(circle);
      }
    }
    const total = element("text", { x: "0", y: "-0.03", class: "total", "text-anchor": "middle" });
    total.textContent = middle;
    fragment.appendChild(total);
    svg.replaceChildren(fragment);
  }

  return { layout, draw };
})();
