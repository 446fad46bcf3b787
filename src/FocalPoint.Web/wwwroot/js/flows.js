// Weapon flows: the Sankey diagram and the municipality map (municipality-map.js), drawn with Apache ECharts.
// Called from FlowsPage.razor.

import { loadECharts, chartOn, disposeCharts } from './echarts-loader.js';
import { ensureMap, hasMap as mapRegistered, mapOption } from './municipality-map.js';

const unknownColour = '#b8bec6';
const stageColours = ['#1f5f99', '#6b4c9a', '#b06a1b', '#2e7d4f'];

function sankeyOption(data, width) {
    // Column headers above the four node columns (nodeWidth 20, 8 px left and 150 px right margins).
    const step = (width - 8 - 150 - 20) / 3;
    return {
        tooltip: {
            trigger: 'item',
            formatter: p => p.dataType === 'edge'
                ? `${nameOf(data, p.data.source)} → ${nameOf(data, p.data.target)}: ${p.data.value} ${data.unit}`
                : `${p.data.name}: ${p.value} ${data.unit}`,
        },
        graphic: data.stages.map((stage, i) => ({
            type: 'text',
            left: Math.max(0, 8 + i * step),
            top: 4,
            style: { text: stage, font: 'bold 12px sans-serif', fill: '#444', lineHeight: 15, width: Math.max(60, step - 12), overflow: 'break' },
        })),
        series: [{
            type: 'sankey',
            top: 44, bottom: 8, left: 8, right: 150,
            nodeAlign: 'justify',
            layoutIterations: 32,
            emphasis: { focus: 'adjacency' },
            lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
            label: { fontSize: 11, formatter: p => p.data.name },
            data: data.nodes.map(n => ({
                id: n.id,
                name: n.name,
                depth: n.depth,
                itemStyle: { color: n.unknown ? unknownColour : stageColours[n.depth] },
            })),
            links: data.links.map(l => ({ source: l.source, target: l.target, value: l.value })),
        }],
    };
}

function nameOf(data, id) {
    const node = data.nodes.find(n => n.id === id);
    return node ? node.name : id;
}

/** Draws both charts; the GeoJSON text is sent once and registered under the map's name. */
export async function render(sankeyElement, mapElement, chart, geoJson) {
    const echarts = await loadECharts();
    if (!ensureMap(echarts, chart.map, geoJson)) {
        return false;
    }
    const sankey = chartOn(echarts, sankeyElement);
    sankey.setOption(sankeyOption(chart.sankey, sankey.getWidth()), true);
    chartOn(echarts, mapElement).setOption(mapOption(chart.map), true);
    return true;
}

/** True when the map with this name is registered (so the page need not send the GeoJSON again). */
export function hasMap(name) {
    return mapRegistered(name);
}

export function dispose(...elements) {
    disposeCharts(...elements);
}
