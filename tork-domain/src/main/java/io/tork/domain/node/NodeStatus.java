package io.tork.domain.node;

public enum NodeStatus {
    UP, DOWN, OFFLINE
}
