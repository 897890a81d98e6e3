package dev.olifant;
final class Placeholder {}
