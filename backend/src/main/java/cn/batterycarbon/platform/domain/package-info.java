/**
 * Domain-level building blocks every module's domain code may depend on (no web, no Spring MVC):
 * {@link cn.batterycarbon.platform.domain.DomainException} for refused business rules.
 */
package cn.batterycarbon.platform.domain;
