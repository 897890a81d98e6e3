{{/* Name of the release's objects. */}}
{{- define "olifant-operator.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "olifant-operator.serviceAccountName" -}}
{{- default (include "olifant-operator.fullname" .) .Values.serviceAccount.name -}}
{{- end -}}

{{- define "olifant-operator.selectorLabels" -}}
app.kubernetes.io/name: olifant-operator
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "olifant-operator.labels" -}}
{{ include "olifant-operator.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: olifant
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/*
The operator's rules, shared by the ClusterRole (all namespaces) and the per-namespace Roles.
Least privilege: Clusters are read and only their status is written (the spec never); owned
objects are created, patched (server-side apply) and deleted (scale down), never updated by PUT;
Secrets are visible only where Clusters are watched and, inside the operator, only those carrying
its managed-by label are cached.
*/}}
{{- define "olifant-operator.rules" -}}
- apiGroups: ["olifant.dev"]
  resources: ["clusters"]
  verbs: ["get", "list", "watch"]
- apiGroups: ["olifant.dev"]
  resources: ["clusters/status"]
  verbs: ["get", "patch", "update"]
- apiGroups: ["olifant.dev"]
  resources: ["clusters/finalizers"]
  verbs: ["update"]
- apiGroups: [""]
  resources: ["pods", "persistentvolumeclaims", "services", "configmaps", "secrets"]
  verbs: ["get", "list", "watch", "create", "patch", "delete"]
- apiGroups: ["policy"]
  resources: ["poddisruptionbudgets"]
  verbs: ["get", "list", "watch", "create", "patch", "delete"]
- apiGroups: [""]
  resources: ["events"]
  verbs: ["create", "patch"]
{{- end -}}
