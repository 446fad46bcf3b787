// Weapon flows: the Sankey diagram and the municipality map, drawn with Apache ECharts (loaded on first use from
// /lib, as the strict content security policy allows only this site's own scripts). Called from FlowsPage.razor.

let loading;

function loadECharts() {
    if (window.echarts) {
        return Promise.resolve(window.echarts);
    }
    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/lib/echarts.min.js';
        script.onload = () => resolve(window.echarts);
        script.onerror = () => reject(new Error('ECharts could not be loaded from /lib/echarts.min.js'));
        document.head.appendChild(script);
    });
    return loading;
}

const charts = new Map();
const registeredMaps = new Set();

function chartOn(echarts, element) {
    let chart = echarts.getInstanceByDom(element);
    if (!chart) {
        chart = echarts.init(element, null, { renderer: 'canvas' });
        charts.set(element, chart);
    }
    return chart;
}

window.addEventListener('resize', () => charts.forEach(c => c.resize()));

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

/** The count from which a municipality is named on the map: the eight busiest (ties included). */
function labelFloor(map) {
    const counts = map.values.map(v => v.value).filter(v => v > 0).sort((a, b) => b - a);
    return counts.length > 8 ? counts[7] : 1;
}

function mapOption(map) {
    const max = Math.max(1, ...map.values.map(v => v.value));
    const tooltip = { trigger: 'item', formatter: p => `${p.data ? p.data.label : p.name}: ${p.data ? p.data.count : 0} ${map.unit}` };
    if (map.areas) {
        return {
            tooltip,
            visualMap: { min: 0, max, left: 8, bottom: 8, calculable: true, text: [String(max), '0'], inRange: { color: ['#f4f6f8', '#f2b36b', '#b3261e'] } },
            series: [{
                type: 'map',
                map: map.mapName,
                nameProperty: 'name',
                roam: true,
                // Readable at a glance: names of the busiest municipalities only, haloed, never overlapping; every
                // other count is in the tooltip and the table below.
                aspectScale: 0.77,
                label: {
                    show: true, fontSize: 11, fontWeight: 'bold', color: '#1d2733', textBorderColor: '#ffffff', textBorderWidth: 3,
                    formatter: p => (p.data && p.data.count > 0 && p.data.count >= labelFloor(map) ? `${p.data.label}\n${p.data.count}` : ''),
                },
                labelLayout: { hideOverlap: true },
                itemStyle: { borderColor: '#5f6873', borderWidth: 0.8 },
                emphasis: { label: { show: true, formatter: p => `${p.data ? p.data.label : p.name}\n${p.data ? p.data.count : 0}` }, itemStyle: { areaColor: '#ffd27a' } },
                data: map.values.map(v => ({ name: v.name, value: v.value, count: v.value, label: v.label })),
            }],
        };
    }
    // No boundaries configured: points at the municipality coordinates, on longitude/latitude axes.
    return {
        tooltip,
        grid: { left: 48, right: 16, top: 16, bottom: 36 },
        xAxis: { type: 'value', min: 20.0, max: 21.8, name: 'lon', nameLocation: 'middle', nameGap: 22, splitLine: { show: false }, axisLabel: { showMinLabel: false, showMaxLabel: false } },
        yAxis: { type: 'value', min: 41.85, max: 43.3, name: 'lat', nameLocation: 'middle', nameGap: 34, splitLine: { show: false }, axisLabel: { showMinLabel: false, showMaxLabel: false } },
        series: [{
            type: 'scatter',
            symbolSize: v => (v[2] > 0 ? 8 + 28 * Math.sqrt(v[2] / max) : 5),
            itemStyle: { color: p => (p.data.count > 0 ? '#b3261e' : '#b8bec6'), opacity: 0.8 },
            label: { show: true, position: 'right', fontSize: 9, formatter: p => (p.data.count > 0 ? `${p.data.label} ${p.data.count}` : '') },
            data: map.values.map(v => ({ value: [v.longitude, v.latitude, v.value], count: v.value, label: v.label })),
        }],
    };
}

/** Draws both charts; the GeoJSON text is sent once and registered under the map's name. */
export async function render(sankeyElement, mapElement, chart, geoJson) {
    const echarts = await loadECharts();
    if (chart.map.areas && !registeredMaps.has(chart.map.mapName)) {
        if (!geoJson) {
            return false;
        }
        echarts.registerMap(chart.map.mapName, JSON.parse(geoJson));
        registeredMaps.add(chart.map.mapName);
    }
    const sankey = chartOn(echarts, sankeyElement);
    sankey.setOption(sankeyOption(chart.sankey, sankey.getWidth()), true);
    chartOn(echarts, mapElement).setOption(mapOption(chart.map), true);
    return true;
}

/** True when the map with this name is registered (so the page need not send the GeoJSON again). */
export function hasMap(name) {
    return registeredMaps.has(name);
}

export function dispose(...elements) {
    for (const element of elements) {
        const chart = charts.get(element);
        if (chart) {
            chart.dispose();
            charts.delete(element);
        }
    }
}
