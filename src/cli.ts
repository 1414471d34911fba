console.log("cli: todo")
