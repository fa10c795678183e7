extension AppState {
  /// A click selects what is under it; the wheel scrolls the pane under the pointer.
  mutating func handle(_ mouse: MouseEvent) {
    message = nil
    guard editor == nil, !showHelp, layout.fits else {
      if showHelp, mouse.kind == .click { showHelp = false }
      return
    }
    let layout = self.layout
    let wheel = mouse.kind == .wheelDown ? 3 : (mouse.kind == .wheelUp ? -3 : 0)
    if mode == .compare {
      if wheel != 0 {
        move(by: wheel > 0 ? 1 : -1)
      } else if let cell = ComparisonGeometry(width: layout.main.width, sources: topic?.sources.count ?? 1, measure: measure).cell(
        at: mouse.position, in: layout.main, offset: compareOffset, rows: topic?.parties.count ?? 0)
      {
        compareRow = cell.row
        compareColumn = cell.column
      }
      return
    }
    if layout.leftPane.contains(mouse.position) {
      focus = .left
      if wheel != 0 {
        if mode == .browse {
          listTop = clamp(listTop + wheel, 0, max(0, rows.count - layout.listCapacity))
          select(row: clamp(selectedRow, listTop, listTop + layout.listCapacity - 1))
        } else {
          move(by: wheel)
        }
        return
      }
      let inner = layout.leftPane.inset(by: 1)
      guard inner.contains(mouse.position) else { return }
      if mode == .browse {
        select(row: listTop + (mouse.position.row - inner.row) / 2)
      } else {
        let row = entityTop + mouse.position.row - inner.row
        if entityRows.indices.contains(row), case .entity = entityRows[row] {
          entitySelected = row
          clampEntities()
        }
      }
    } else if layout.rightPane.contains(mouse.position) {
      focus = .text
      if wheel != 0 {
        textTop += wheel
        clampText()
      }
    }
  }
}
