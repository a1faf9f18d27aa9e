/**
 * The supply chain: data requests from a manufacturer (or a supplier asking its own supplier) to a
 * supplier organization, upstream footprint records answering them (immutable versions; a
 * correction is a new version), links between records (chains of any depth, no cycles), evidence
 * files behind an {@link cn.batterycarbon.supplier.EvidenceStore} (file system or S3), selective
 * disclosure per record, acceptance into a declaration's BOM line, and the trace tree.
 *
 * <p>Public API for other modules: the events of this package (for notifications and the audit
 * trail), {@link cn.batterycarbon.supplier.DataRequestService} and
 * {@link cn.batterycarbon.supplier.UpstreamRecordService}.
 */
@ApplicationModule(
        displayName = "Suppliers",
        allowedDependencies = {"platform", "organization", "product", "declaration", "footprint :: core", "verification"
        })
package cn.batterycarbon.supplier;

import org.springframework.modulith.ApplicationModule;
