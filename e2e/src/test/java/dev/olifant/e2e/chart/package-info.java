/**
 * Tests of what users install: the Helm chart (lint, render, apply to a real API server), the
 * least-privilege RBAC it ships (by impersonating the operator's ServiceAccount) and the kubectl
 * bundle generated from the same sources.
 */
package dev.olifant.e2e.chart;
