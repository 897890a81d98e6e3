package dev.olifant.crd;
final class Placeholder {}
