/**
 * The audit chain in plain Java (no Spring, no JDBC): the canonical serialization of an entry,
 * its chained SHA-256, checkpoint signatures and the streaming chain verifier.
 */
package cn.batterycarbon.audit.core;
