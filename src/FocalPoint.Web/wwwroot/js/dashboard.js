// The dashboard's charts: incident bars (with the same period a year earlier) and the municipality map
// (municipality-map.js). A click on a bar, a point or an area hands its key back to the page, which narrows every
// chart to it. Each chart can be saved as PNG here; its CSV comes from the server (the same figures, audited).

import { loadECharts, chartOn, disposeCharts } from './echarts-loader.js';
import { ensureMap, hasMap as mapRegistered, mapOption } from './municipality-map.js';

const current = '#1f5f99';
const earlier = '#b8bec6';

function barOption(chart) {
    const horizontal = chart.horizontal;
    const category = { type: 'category', data: chart.labels, inverse: horizontal, axisLabel: { fontSize: 11, width: 150, overflow: 'truncate' } };
    const value = { type: 'value', minInterval: 1 };
    return {
        // Drawn on the canvas: the HTML tooltip would carry inline styles, which the content security policy refuses.
        tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
        legend: { top: 0, data: [chart.currentName, chart.previousName] },
        grid: { left: horizontal ? 160 : 40, right: 24, top: 32, bottom: horizontal ? 24 : 48 },
        xAxis: horizontal ? value : { ...category, axisLabel: { fontSize: 11, rotate: chart.labels.length > 12 ? 45 : 0 } },
        yAxis: horizontal ? category : value,
        series: [
            { name: chart.currentName, type: 'bar', data: chart.values, itemStyle: { color: current }, cursor: 'pointer', barMaxWidth: 24 },
            horizontal
                ? { name: chart.previousName, type: 'bar', data: chart.previous, itemStyle: { color: earlier }, cursor: 'pointer', barMaxWidth: 24 }
                : { name: chart.previousName, type: 'line', data: chart.previous, itemStyle: { color: '#8a929c' }, lineStyle: { type: 'dashed' } },
        ],
    };
}

/** Draws every chart of the view; false when the map's boundaries must be sent first. */
export async function render(view, geoJson, page) {
    const echarts = await loadECharts();
    if (!ensureMap(echarts, view.map, geoJson)) {
        return false;
    }
    for (const data of view.charts) {
        const element = document.getElementById(`dash-${data.id}`);
        if (!element) {
            continue;
        }
        const chart = chartOn(echarts, element);
        chart.setOption(barOption(data), true);
        chart.off('click');
        chart.on('click', p => page.invokeMethodAsync('Select', data.id, data.keys[p.dataIndex]));
    }
    const mapElement = document.getElementById('dash-municipalities');
    if (mapElement) {
        const map = chartOn(echarts, mapElement);
        map.setOption(mapOption(view.map), true);
        map.off('click');
        map.on('click', p => p.data && p.data.key && page.invokeMethodAsync('Select', 'municipalities', p.data.key));
    }
    return true;
}

export function hasMap(name) {
    return mapRegistered(name);
}

/** Saves a chart as it is drawn, on white, at twice the screen's resolution. */
export function exportPng(id, fileName) {
    const element = document.getElementById(`dash-${id}`);
    const chart = element && window.echarts && window.echarts.getInstanceByDom(element);
    if (!chart) {
        return false;
    }
    const link = document.createElement('a');
    link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    return true;
}

export function dispose(ids) {
    disposeCharts(...ids.map(id => document.getElementById(`dash-${id}`)).filter(e => e));
}
