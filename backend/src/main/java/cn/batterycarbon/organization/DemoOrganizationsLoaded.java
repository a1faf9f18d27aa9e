package cn.batterycarbon.organization;

/**
 * The demo organizations and accounts exist (published at start-up when demo data is on, after
 * they are committed). Other modules load their demo records on this event instead of relying on
 * the order of start-up runners.
 */
public record DemoOrganizationsLoaded() {}
