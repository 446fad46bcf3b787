// Loads Apache ECharts once from /lib (the content security policy allows only this site's own scripts) and keeps
// one chart per element. Shared by every page that draws charts (flows.js, dashboard.js).

let loading;

export function loadECharts() {
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

export function chartOn(echarts, element) {
    let chart = echarts.getInstanceByDom(element);
    if (!chart) {
        chart = echarts.init(element, null, { renderer: 'canvas' });
        charts.set(element, chart);
    }
    return chart;
}

window.addEventListener('resize', () => charts.forEach(c => c.resize()));

export function disposeCharts(...elements) {
    for (const element of elements) {
        const chart = charts.get(element);
        if (chart) {
            chart.dispose();
            charts.delete(element);
        }
    }
}
