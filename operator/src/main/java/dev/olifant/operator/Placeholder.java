package dev.olifant.operator;
final class Placeholder {}
