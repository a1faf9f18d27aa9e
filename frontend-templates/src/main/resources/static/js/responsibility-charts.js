// Charts of the responsibility module (Apache ECharts): each element with class
// "responsibility-chart" carries its data as JSON in data-chart and its kind in data-kind.
(function () {
  function bar(chart, data) {
    var labels = data.bar.labels;
    chart.setOption({
      title: { text: data.title, left: "center", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: data.bar.series.length > 1 ? { top: 24 } : undefined,
      grid: { left: 8, right: 24, top: data.bar.series.length > 1 ? 64 : 40, bottom: 8, containLabel: true },
      xAxis: { type: "value" },
      yAxis: {
        type: "category",
        inverse: true,
        data: labels,
        axisLabel: { width: 260, overflow: "truncate" }
      },
      series: data.bar.series.map(function (s) {
        return { type: "bar", name: s.name, data: s.values };
      })
    });
  }

  function sankey(chart, data) {
    chart.setOption({
      title: { text: data.sankeyTitle, left: "center", textStyle: { fontSize: 14 } },
      tooltip: { trigger: "item" },
      series: [{
        type: "sankey",
        top: 40,
        bottom: 10,
        left: 10,
        // room for the labels of the last column, which sit right of their nodes
        right: "22%",
        nodeAlign: "left",
        nodeGap: 18,
        nodeWidth: 16,
        label: { position: "right", fontSize: 12, overflow: "truncate", width: 160 },
        // small flows stack thin nodes: hide a label that would overlap another rather than print both
        labelLayout: { hideOverlap: true },
        emphasis: { focus: "adjacency" },
        lineStyle: { color: "gradient", curveness: 0.5 },
        data: data.sankey.nodes,
        links: data.sankey.links
      }]
    });
  }

  function init() {
    if (typeof window.echarts === "undefined") {
      return;
    }
    document.querySelectorAll(".responsibility-chart").forEach(function (element) {
      var data = JSON.parse(element.getAttribute("data-chart"));
      var kind = element.getAttribute("data-kind");
      // a Sankey needs height per node (each layer and final-demand category) so labels do not collide
      var rows = kind === "bar" ? data.bar.labels.length : Math.max(12, data.sankey.nodes.length * 2);
      element.style.width = "100%";
      element.style.height = Math.max(360, Math.min(900, 40 + rows * 26)) + "px";
      var chart = window.echarts.init(element);
      if (kind === "sankey") {
        sankey(chart, data);
      } else {
        bar(chart, data);
      }
      element.setAttribute("data-rendered", "true");
      window.addEventListener("resize", function () { chart.resize(); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
