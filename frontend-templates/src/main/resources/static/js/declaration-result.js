// Stage bar chart of a declaration's result (kg CO2e/kWh per stage), drawn with Apache ECharts
// from the values the page lists in #stage-chart-data (the CSP forbids inline scripts).
(function () {
  'use strict';
  var target = document.getElementById('stage-chart');
  var data = document.getElementById('stage-chart-data');
  if (!target || !data || typeof window.echarts === 'undefined') {
    return;
  }
  var labels = [];
  var values = [];
  data.querySelectorAll('li').forEach(function (item) {
    labels.push(item.textContent.trim());
    values.push(Number(item.getAttribute('data-value')));
  });
  var chart = window.echarts.init(target, null, { renderer: 'svg' });
  chart.setOption({
    animation: false,
    grid: { left: 80, right: 24, top: 24, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', name: 'kg CO2e/kWh' },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#1f7a5a' }, label: { show: true, position: 'top' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
