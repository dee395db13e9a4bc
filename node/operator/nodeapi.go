package operator

import (
	"encoding/json"
	"net/http"
	"strings"
)

// NodeAPISpecVersion is the version of EigenLayer's AVS node API specification served
// (https://docs.eigenlayer.xyz/eigenlayer/avs-guides/spec/api, as eigensdk-go's nodeapi
// implements it).
const NodeAPISpecVersion = "v0.0.1"

// ServiceStatus is a backing service's status in the node API.
type ServiceStatus string

// Service statuses.
const (
	ServiceUp           ServiceStatus = "Up"
	ServiceDown         ServiceStatus = "Down"
	ServiceInitializing ServiceStatus = "Initializing"
)

// NodeService is one backing service in the node API.
type NodeService struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	Status      ServiceStatus `json:"status"`
}

// NodeState is what the node API reports.
type NodeState interface {
	Health() (Health, string)
	Services() []NodeService
}

// NodeAPI returns the handler of EigenLayer's AVS node API under /eigen:
//
//	GET /eigen/node                         {"node_name", "spec_version", "node_version"}
//	GET /eigen/node/health                  200 healthy, 206 partially healthy, 503 unhealthy
//	GET /eigen/node/services                {"services": [{"id", "name", "description", "status"}]}
//	GET /eigen/node/services/{id}/health    200 Up, 206 Initializing, 503 Down, 404 unknown
//
// A ?version= other than the spec version served is answered 404 {"message": "API
// version not found"}. Health answers carry {"reason": ...} when not healthy (the spec
// defines only the status code).
func NodeAPI(name, version string, state NodeState) http.Handler {
	mux := http.NewServeMux()
	versioned := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				writeJSON(w, http.StatusMethodNotAllowed, map[string]string{"message": "method not allowed"})
				return
			}
			if v := r.URL.Query().Get("version"); v != "" && strings.TrimPrefix(v, "v") != strings.TrimPrefix(NodeAPISpecVersion, "v") {
				writeJSON(w, http.StatusNotFound, map[string]string{"message": "API version not found"})
				return
			}
			h(w, r)
		}
	}
	mux.HandleFunc("/eigen/node", versioned(func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"node_name": name, "spec_version": NodeAPISpecVersion, "node_version": version})
	}))
	mux.HandleFunc("/eigen/node/health", versioned(func(w http.ResponseWriter, _ *http.Request) {
		h, reason := state.Health()
		switch h {
		case Healthy:
			w.WriteHeader(http.StatusOK)
		case PartiallyHealthy:
			writeJSON(w, http.StatusPartialContent, map[string]string{"reason": reason})
		default:
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"reason": reason})
		}
	}))
	mux.HandleFunc("/eigen/node/services", versioned(func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string][]NodeService{"services": state.Services()})
	}))
	mux.HandleFunc("/eigen/node/services/", versioned(func(w http.ResponseWriter, r *http.Request) {
		id, ok := strings.CutSuffix(strings.TrimPrefix(r.URL.Path, "/eigen/node/services/"), "/health")
		if ok {
			for _, s := range state.Services() {
				if s.ID != id {
					continue
				}
				switch s.Status {
				case ServiceUp:
					w.WriteHeader(http.StatusOK)
				case ServiceInitializing:
					w.WriteHeader(http.StatusPartialContent)
				default:
					w.WriteHeader(http.StatusServiceUnavailable)
				}
				return
			}
		}
		writeJSON(w, http.StatusNotFound, map[string]string{"message": "service not found"})
	}))
	return mux
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}
