/**
 * Contracts for domain events shared by all modules: {@link
 * cn.batterycarbon.platform.events.AuditableEvent} is what the audit trail records.
 */
package cn.batterycarbon.platform.events;
