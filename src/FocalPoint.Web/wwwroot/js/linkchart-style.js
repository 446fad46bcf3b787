// Look of the link chart: one colour, shape and icon per node type (as i2 users expect), readable labels that
// disappear when zoomed out (so 5,000 nodes stay fluid), and the classes the chart toggles.
const svg = (body) => 'data:image/svg+xml;utf8,' + encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#ffffff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`);

export const types = {
  person: { colour: '#c0392b', shape: 'ellipse', icon: svg('<circle cx="12" cy="8" r="4"/><path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8"/>') },
  firearm: { colour: '#2c3e50', shape: 'round-rectangle', icon: svg('<path fill="#ffffff" d="M2 7h19v4h-7l-1.2 2.5H10L8.8 19H4.6l1.6-8H2z"/><path d="M10.2 11.2l.6 2.2"/>') },
  vehicle: { colour: '#1f6fb2', shape: 'round-rectangle', icon: svg('<path d="M3 15v-3l2-5h14l2 5v3z"/><circle cx="7" cy="16.5" r="1.8"/><circle cx="17" cy="16.5" r="1.8"/><path d="M5 12h14"/>') },
  identifier: { colour: '#16a085', shape: 'round-diamond', icon: svg('<rect x="7" y="3" width="10" height="18" rx="2"/><path d="M11 18h2"/>') },
  organisation: { colour: '#8e44ad', shape: 'round-hexagon', icon: svg('<path d="M4 21V7l8-4 8 4v14z"/><path d="M9 21v-5h6v5M8 9h2M14 9h2M8 12h2M14 12h2"/>') },
  incident: { colour: '#e67e22', shape: 'star', icon: svg('<path d="M12 3l9 17H3z"/><path d="M12 10v4M12 17v.5"/>') },
  location: { colour: '#27ae60', shape: 'round-tag', icon: svg('<path d="M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11z"/><circle cx="12" cy="10" r="2.5"/>') },
  municipality: { colour: '#7f8c8d', shape: 'round-octagon', icon: svg('<path d="M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2z"/><path d="M9 4v14M15 6v14"/>') },
};

export const communityPalette = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#bfef45', '#469990', '#9a6324', '#800000', '#808000', '#000075', '#a9a9a9'];

export function stylesheet() {
  const style = [
    { selector: 'node', style: {
      'label': 'data(label)', 'font-size': 11, 'font-family': 'system-ui, sans-serif', 'color': '#1b2631',
      'text-valign': 'bottom', 'text-halign': 'center', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140,
      'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
      'min-zoomed-font-size': 7, 'width': 'data(size)', 'height': 'data(size)',
      'background-fit': 'contain', 'background-clip': 'none', 'background-width': '62%', 'background-height': '62%',
      'border-width': 1.5, 'border-color': '#ffffff' } },
    { selector: 'edge', style: {
      'width': 'mapData(weight, 0, 1, 0.6, 2.6)', 'line-color': '#9aa7b4', 'curve-style': 'bezier', 'opacity': 0.85,
      'label': 'data(typeLabel)', 'font-size': 8, 'color': '#5d6d7e', 'min-zoomed-font-size': 11, 'text-rotation': 'autorotate',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.7 } },
    { selector: 'edge[weight < 0.7]', style: { 'line-style': 'dashed' } },
    { selector: ':parent', style: {
      'shape': 'round-rectangle', 'background-color': '#eef3f8', 'background-opacity': 0.6, 'border-color': '#7f9bb6', 'border-width': 1.5,
      'border-style': 'dashed', 'label': 'data(label)', 'text-valign': 'top', 'font-weight': 600, 'padding': 18 } },
    { selector: 'node:selected', style: { 'border-color': '#f1c40f', 'border-width': 4 } },
    { selector: 'node.pinned', style: { 'border-color': '#111111', 'border-width': 3, 'border-style': 'double' } },
    { selector: 'edge.path', style: { 'line-color': '#f39c12', 'width': 5, 'opacity': 1, 'z-index': 10, 'line-style': 'solid' } },
    { selector: 'node.path', style: { 'opacity': 1, 'border-color': '#f39c12', 'border-width': 5, 'z-index': 10 } },
    { selector: '.faded', style: { 'opacity': 0.18 } },
    { selector: '.hidden, .filtered-type, .filtered-time', style: { 'display': 'none' } },
    { selector: 'node.new', style: { 'border-color': '#2ecc71', 'border-width': 3 } },
  ];
  for (const [type, t] of Object.entries(types)) {
    style.splice(1, 0, { selector: `node[type = "${type}"]`, style: { 'background-color': t.colour, 'shape': t.shape, 'background-image': t.icon } });
  }
  style.push({ selector: 'node[community >= 0].by-community', style: { 'background-color': 'data(communityColour)' } });
  return style;
}
