/** Alerts: raised after each stored run, one lifecycle, an outbox, channels and escalation. */
package org.rfcc.bench.alerts;
